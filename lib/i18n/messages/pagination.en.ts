// English messages of the lists' pager (lib/pagination); pagination.fr.ts has the same keys.
export const paginationEn = {
  /** The pager's landmark. */
  navigation: "Pages",
  previous: "Previous",
  next: "Next",
  /** A page number's accessible name. */
  page: "Page {page, number}",
  pageOf: "Page {page, number} of {pages, number}",
  /** The number of pages of a list whose total is estimated (past the count's cap, unfiltered). */
  pageOfAbout: "Page {page, number} of about {pages, number}",
  /** The number of pages of a filtered list past the count's cap. */
  pageOfAtLeast: "Page {page, number} of {pages, number}+",
} as const;
