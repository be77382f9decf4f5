// English words of the page frame: the navigation's menu button on narrow screens, and the
// browser tab's title ("Contacts — Acme Corporation — Roster"); ui.fr.ts has the same keys.
export const uiEn = {
  menu: "Menu",
  titles: {
    page: "{page} — Roster",
    inOrganization: "{page} — {organization} — Roster",
    organization: "{organization} — Roster",
  },
} as const;
