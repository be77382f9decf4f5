// The kit's pager (components/ui/pagination.tsx) with its words, for server pages.
import { getTranslator } from "@/lib/i18n/server";
import { Pagination, type PagerLink } from "@/components/ui/pagination";

type Props = {
  page: number;
  /** Known number of pages (exact, or roughly with pagesKnown false); null when only `hasMore` is known. */
  pages: number | null;
  pagesKnown?: boolean;
  hasMore?: boolean;
  hrefFor: (page: number, link: PagerLink) => string;
};

export async function ListPagination({ page, pages, pagesKnown = true, hasMore, hrefFor }: Props) {
  const { t, locale } = await getTranslator();
  const number = (n: number) => n.toLocaleString(locale);
  const status = pages === null
    ? t("ui.pagination.statusOpen", { page: number(page) })
    : t(pagesKnown ? "ui.pagination.status" : "ui.pagination.statusAbout", { page: number(page), pages: number(pages) });
  return (
    <Pagination
      page={page}
      pages={pages}
      pagesKnown={pagesKnown}
      hasMore={hasMore}
      hrefFor={hrefFor}
      labels={{
        navigation: t("ui.pagination.navigation"),
        previous: t("ui.pagination.previous"),
        next: t("ui.pagination.next"),
        page: (n) => t("ui.pagination.page", { page: number(n) }),
        status,
      }}
    />
  );
}
