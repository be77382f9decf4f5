// English messages of the organization switcher in the header; orgs.fr.ts has the same keys.
export const orgsEn = {
  switcher: {
    button: "Switch organization",
    current: "Current organization: {name}",
    list: "Your organizations",
    loading: "Loading…",
    none: "No other organization.",
    currentMark: "current",
    create: "Create organization",
    error: "The list could not be loaded. Try again.",
  },
} as const;
