// English names of the capabilities (lib/auth/capabilities.ts), shown by the access reports;
// capabilities.fr.ts has the same keys. A capability "area.action" is the path area.action.
export const capabilitiesEn = {
  org: { view: "See the organization's settings", edit: "Edit the organization's information" },
  billing: { view: "See billing, orders, invoices and quotes", manage: "Manage billing: details, payments, orders, quotes" },
  subscription: { manage: "Change the plan", cancel: "Cancel the subscription" },
  users: {
    view: "See the users",
    add: "Add users",
    changeRole: "Change users' roles",
    changeWorkspaces: "Change users' workspaces",
    remove: "Delete users",
  },
  workspaces: {
    viewAll: "See every workspace",
    viewAssigned: "See their assigned workspaces",
    manage: "Create, rename and delete workspaces",
  },
  contacts: { view: "See the contacts", manage: "Manage the contacts" },
  domains: { manage: "Manage the domains" },
  audit: { view: "See the audit log" },
  data: { export: "Export the organization's data" },
  apiKeys: { manage: "Manage the API keys" },
  webhooks: { manage: "Manage the webhooks" },
  emails: { manage: "See the email log and send again" },
  notifications: { view: "See who gets which email" },
  orders: { viewAll: "See every order", viewOwn: "See their own orders" },
  licenses: { viewAll: "See every license", manage: "Manage the licenses", viewOwn: "See the licenses of their orders" },
  invoices: {
    viewAll: "See every invoice",
    pay: "Pay invoices",
    viewOwn: "See the invoices of their orders",
    payOwn: "Pay the invoices of their orders",
  },
  quotes: { viewAll: "See every quote" },
  billingDetails: { edit: "Edit the billing details" },
};
