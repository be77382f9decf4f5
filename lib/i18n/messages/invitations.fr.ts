import type { Messages } from "./en";

export const invitationsFr: Messages["invitations"] = {
  title: "Invitations",
};
