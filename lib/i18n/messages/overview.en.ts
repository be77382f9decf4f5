// English messages of the organization's Overview page; overview.fr.ts has the same keys.
export const overviewEn = {
  title: "Overview",
  intro: "What needs your attention in {name}, with a link to each list.",
  role: "Your role: {role}",
  contactRole: "Your contact roles: {roles}",
  /** A count past the cap the page counts to. */
  atLeast: "{count}+",
  people: {
    title: "People",
    users: "Active users",
    pendingUsers: "Users invited, not joined yet",
  },
  contacts: {
    title: "Contacts",
    all: "Contacts, active or invited",
    pendingInvitations: "Contact invitations pending",
    byRole: "Contacts by role",
    roleCount: "{role}: {count}",
  },
  domains: {
    title: "Verified domains",
    verified: "Verified",
    pending: "Waiting for their DNS record",
  },
  emails: {
    title: "Email delivery",
    failed: "Emails that failed",
    allSent: "No failed email.",
  },
  billing: {
    title: "Billing",
    overdue: "Overdue invoices",
    noneOverdue: "No overdue invoice.",
  },
  nothing: "Your role in {name} gives access to the pages in the navigation; there is no figure to show here.",
} as const;
