// English messages of the domains area; domains.fr.ts has the same keys.
export const domainsEn = {
  title: "Domains",
} as const;
