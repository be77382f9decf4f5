import type { Messages } from "./en";

export const paginationFr: Messages["pagination"] = {
  navigation: "Pages",
  previous: "Précédente",
  next: "Suivante",
  page: "Page {page, number}",
  pageOf: "Page {page, number} sur {pages, number}",
  pageOfAbout: "Page {page, number} sur environ {pages, number}",
  pageOfAtLeast: "Page {page, number} sur plus de {pages, number}",
};
