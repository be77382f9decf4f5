// English messages of the invitations area; invitations.fr.ts has the same keys.
export const invitationsEn = {
  title: "Invitations",
} as const;
