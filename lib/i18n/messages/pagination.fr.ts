import type { Messages } from "./en";

export const paginationFr: Messages["pagination"] = {
  first: "Première page",
  last: "Dernière page",
  about: "environ {count}",
  atLeast: "plus de {count}",
};
