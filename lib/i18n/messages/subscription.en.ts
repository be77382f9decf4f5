// English messages of the subscription page (cancel, reactivate, delete now) and its emails; subscription.fr.ts has the same keys.
export const subscriptionEn = {
  title: "Subscription",
  settingsLink: "Subscription",
  settingsLinkDescription: "Cancel the subscription, reactivate it, or delete the organization and all its data.",
  status: {
    label: "Status",
    ACTIVE: "Active",
    CANCELLED: "Cancelled",
  },
  cancelledOn: "Cancelled on {date}.",
  deletionOn: "Everything will be deleted on {date}.",
  activeIntro: "{org} is active: its people can use it and change it.",
  banner: "Cancelled — everything will be deleted on {date}.",
  bannerReadOnly: "The organization is read-only until then.",
  cancel: {
    open: "Cancel subscription",
    title: "Cancel the subscription of {org}?",
    what: "What happens",
    readOnly: "The organization becomes read-only at once for everyone: nobody can add or change anything.",
    deletion:
      "On {date} (in 90 days), the organization and all its data are deleted for good: users, contacts, workspaces, orders, invoices, quotes, domains, emails and the audit log.",
    accounts: "Accounts that belong to no other organization are deleted with it.",
    undo: "Until then, an organization admin can reactivate the subscription, or export the data.",
    emails: "The organization admins are emailed now, 30 days and 7 days before the deletion.",
    confirmLabel: "Type the organization's name ({org}) to confirm",
    submit: "Cancel subscription",
    done: "The subscription is cancelled.",
  },
  reactivate: {
    submit: "Reactivate",
    done: "The subscription is active again.",
  },
  deleteNow: {
    open: "Delete now",
    title: "Delete {org} now?",
    body: "The organization and all its data are deleted at once, for good. This cannot be undone.",
    confirmLabel: "Type the organization's name ({org}) to confirm",
    submit: "Delete the organization",
  },
  errors: {
    nameMismatch: "Type the organization's name exactly as shown.",
    notCancelled: "The subscription is not cancelled.",
    deleting: "The organization is being deleted.",
  },
  email: {
    cancelledSubject: "The subscription of {org} is cancelled",
    cancelledPreview: "{org} is read-only and will be deleted on {date}",
    cancelledHeading: "Subscription cancelled",
    cancelledBody:
      "The subscription of {org} was cancelled. The organization is read-only, and it will be deleted with all its data on {date}.",
    reminderSubject: "{org} will be deleted in {days, plural, one {# day} other {# days}}",
    reminderPreview: "{org} and all its data will be deleted on {date}",
    reminderHeading: "Deletion in {days, plural, one {# day} other {# days}}",
    reminderBody: "The subscription of {org} is cancelled. The organization and all its data will be deleted on {date}.",
    undo: "An organization admin can reactivate the subscription, or export the data, until then.",
    button: "Open the subscription page",
  },
};
