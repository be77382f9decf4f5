// English messages of the lists' pager and totals (lib/pagination); pagination.fr.ts has the same keys.
export const paginationEn = {
  first: "First page",
  last: "Last page",
  /** A total or a number of pages known only roughly (past the count's cap, unfiltered). */
  about: "about {count}",
  /** A filtered total past the count's cap. */
  atLeast: "{count}+",
} as const;
