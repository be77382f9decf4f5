import type { Messages } from "./en";

export const uiFr: Messages["ui"] = {
  close: "Fermer",
  menu: "Menu",
  openMenu: "Ouvrir la navigation",
  pagination: {
    navigation: "Pages",
    previous: "Précédente",
    next: "Suivante",
    page: "Page {page}",
    status: "Page {page} sur {pages}",
    statusAbout: "Page {page} sur environ {pages}",
    statusOpen: "Page {page}",
  },
  titles: {
    app: "Roster",
    inOrganization: "{page} — {organization} — Roster",
    organization: "{organization} — Roster",
    withApp: "{page} — Roster",
  },
  justAdded: "Nouveau",
};
