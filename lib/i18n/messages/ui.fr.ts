import type { Messages } from "./en";

export const uiFr: Messages["ui"] = {
  menu: "Menu",
  titles: {
    page: "{page} — Roster",
    inOrganization: "{page} — {organization} — Roster",
    organization: "{organization} — Roster",
  },
};
