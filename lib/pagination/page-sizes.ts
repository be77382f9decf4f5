// The page sizes a list offers, without zod: the filters forms are client components, and
// zod in the browser probes eval, which the CSP reports.
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
