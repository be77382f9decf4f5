// English words of the UI kit (components/ui: pager, dialogs, navigation) and page titles; ui.fr.ts has the same keys.
export const uiEn = {
  close: "Close",
  menu: "Menu",
  openMenu: "Open the navigation",
  pagination: {
    navigation: "Pages",
    previous: "Previous",
    next: "Next",
    page: "Page {page}",
    status: "Page {page} of {pages}",
    statusAbout: "Page {page} of about {pages}",
    statusOpen: "Page {page}",
  },
  /** The browser tab: "Contacts — Acme Corporation — Roster" (the layouts add the organization and the app). */
  titles: {
    app: "Roster",
    inOrganization: "{page} — {organization} — Roster",
    organization: "{organization} — Roster",
    withApp: "{page} — Roster",
  },
  justAdded: "New",
} as const;
