import type { Messages } from "./en";

export const contactsFr: Messages["contacts"] = {
  title: "Contacts",
};
