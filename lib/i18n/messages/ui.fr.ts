import type { Messages } from "./en";

export const uiFr: Messages["ui"] = {
  menu: "Menu",
  titles: {
    inOrganization: "{page} — {organization} — Roster",
    organization: "{organization} — Roster",
  },
};
