import type { Messages } from "./en";

export const domainsFr: Messages["domains"] = {
  title: "Domains",
};
