// The kit's pager (components/ui/pagination.tsx) for a list paged by lib/pagination: its
// words, and its links — the neighbouring pages by key (after/before a boundary row), the
// first and the last as lib/pagination offers them, other numbers by page number.
import { getTranslator } from "@/lib/i18n/server";
import type { PageNav } from "@/lib/pagination/page-nav";
import type { PageRequest } from "@/lib/pagination/page-request";
import { Pagination, type PagerLink } from "@/components/ui/pagination";

const STATUS = { exact: "pagination.pageOf", estimate: "pagination.pageOfAbout", atLeast: "pagination.pageOfAtLeast" } as const;

export async function ListPagination({ nav, hrefFor }: { nav: PageNav; hrefFor: (request: PageRequest) => string }) {
  const { t } = await getTranslator();
  const lastPage = nav.last?.page ?? (nav.pagesKind === "exact" ? nav.pages : null);
  const requestFor = (page: number, link: PagerLink): PageRequest =>
    (link === "previous" && nav.previous) ||
    (link === "next" && nav.next) ||
    (link === "first" && nav.first) ||
    (link === "last" && nav.last) || { page };
  return (
    <Pagination
      page={nav.page}
      hasPrevious={!!nav.previous}
      hasNext={!!nav.next}
      lastPage={lastPage}
      hrefFor={(page, link) => hrefFor(requestFor(page, link))}
      labels={{
        navigation: t("pagination.navigation"),
        previous: t("pagination.previous"),
        next: t("pagination.next"),
        page: (page) => t("pagination.page", { page }),
        status: t(STATUS[nav.pagesKind], { page: nav.page, pages: nav.pages }),
      }}
    />
  );
}
