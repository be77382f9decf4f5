// What a page weighs as a browser receives it: the document's body as served to a request
// that accepts `gzip, br` (whichever the server uses: `next start` compresses with gzip), and
// its size once decoded (raw), for information. The page-weight budget holds every list page
// to PAGE_BUDGET in transferred bytes, in English and in French (tests/e2e/page-weight.spec.ts;
// `npm run bench:weight` prints the same figures for a running app).
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { LIST_ROW_LABELS, type WeightOrganization } from "./weight-organization";

export const ACCEPT_ENCODING = "gzip, br";

/** At most 12 KB at 25 rows, and 0.2 KB for each row beyond, transferred. */
export const PAGE_BUDGET = { bytesAt25Rows: 12 * 1024, bytesPerExtraRow: 0.2 * 1024 } as const;

/** What the budget allows a page of `rows` rows. */
export const allowedBytes = (rows: number) => PAGE_BUDGET.bytesAt25Rows + PAGE_BUDGET.bytesPerExtraRow * Math.max(0, rows - 25);

export type Weighed = { status: number; html: string; encoding: string; transferred: number; raw: number };

const DECODERS: Record<string, (body: Buffer) => Buffer> = {
  gzip: gunzipSync,
  br: brotliDecompressSync,
  deflate: inflateSync,
  identity: (body) => body,
};

/** GETs `path` of `base` (its headers given), and weighs the body as it came and as decoded. */
export function weighPage(base: string, path: string, headers: Record<string, string>): Promise<Weighed> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    // To the IPv4 loopback for a "localhost" base: the app listens there only (scripts/start.ts).
    const host = url.hostname === "localhost" ? "127.0.0.1" : url.hostname;
    const call = request(
      {
        host,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        headers: { ...headers, host: url.host, "accept-encoding": ACCEPT_ENCODING },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const body = Buffer.concat(chunks);
          const encoding = String(response.headers["content-encoding"] ?? "identity");
          const decode = DECODERS[encoding];
          if (!decode) return reject(new Error(`${path}: unknown content-encoding ${encoding}`));
          const html = decode(body).toString("utf8");
          resolve({ status: response.statusCode ?? 0, html, encoding, transferred: body.length, raw: Buffer.byteLength(html) });
        });
      },
    );
    call.on("error", reject);
    call.end();
  });
}

export type ListPage = {
  name: string;
  /** Where its 25 and its 100 rows are, in the small (25 rows of everything) and the large (100) organization. */
  at25: (orgs: WeightOrganizations) => string;
  at100: ((orgs: WeightOrganizations) => string) | null;
  rows: RegExp;
};
export type WeightOrganizations = { small: WeightOrganization; large: WeightOrganization };

const paged = (name: string, path: (org: WeightOrganization) => string, rows: RegExp): ListPage => ({
  name,
  at25: ({ large }) => path(large),
  at100: ({ large }) => `${path(large)}?size=100`,
  rows,
});

/** Every list page of an organization. Domains are listed whole and emails 50 a page: their figures come from the two organizations. */
export const LIST_PAGES: readonly ListPage[] = [
  paged("contacts", (org) => `/orgs/${org.slug}/contacts`, LIST_ROW_LABELS.contacts),
  paged("users", (org) => `/orgs/${org.slug}/users`, LIST_ROW_LABELS.users),
  paged("workspaces", (org) => `/orgs/${org.slug}/workspaces`, LIST_ROW_LABELS.workspaces),
  paged("workspace", (org) => `/orgs/${org.slug}/workspaces/${org.workspaceId}`, LIST_ROW_LABELS.workspaceContacts),
  paged("orders", (org) => `/orgs/${org.slug}/billing/orders`, LIST_ROW_LABELS.orders),
  paged("invoices", (org) => `/orgs/${org.slug}/billing/invoices`, LIST_ROW_LABELS.invoices),
  paged("quotes", (org) => `/orgs/${org.slug}/billing/quotes`, LIST_ROW_LABELS.quotes),
  paged("licenses", (org) => `/orgs/${org.slug}/billing/licenses`, LIST_ROW_LABELS.licenses),
  {
    name: "domains",
    at25: ({ small }) => `/orgs/${small.slug}/settings/domains`,
    at100: ({ large }) => `/orgs/${large.slug}/settings/domains`,
    rows: LIST_ROW_LABELS.domains,
  },
  {
    name: "emails",
    at25: ({ small }) => `/orgs/${small.slug}/settings/emails`,
    at100: ({ large }) => `/orgs/${large.slug}/settings/emails`,
    rows: LIST_ROW_LABELS.emails,
  },
  // Its recipients are capped per event (lib/notifications/overview.ts): one figure, its rows as they come.
  { name: "notifications", at25: ({ large }) => `/orgs/${large.slug}/settings/notifications`, at100: null, rows: LIST_ROW_LABELS.contacts },
];

export type PageFigures = { rows: number; raw: number; transferred: number; encoding: string };
export type ListPageFigures = {
  page: string;
  at25: PageFigures;
  at100: PageFigures | null;
  perExtraRow: { raw: number; transferred: number } | null;
};

/** A page's figures, its rows counted by their numbered labels. */
async function figuresOf(base: string, path: string, headers: Record<string, string>, rows: RegExp, locale: string): Promise<PageFigures> {
  const weighed = await weighPage(base, path, headers);
  if (weighed.status !== 200) throw new Error(`${path}: HTTP ${weighed.status}`);
  if (!weighed.html.includes(`<html lang="${locale}"`)) throw new Error(`${path}: not in ${locale}`);
  return { rows: new Set(weighed.html.match(rows)).size, raw: weighed.raw, transferred: weighed.transferred, encoding: weighed.encoding };
}

export async function weighListPage(
  base: string,
  page: ListPage,
  orgs: WeightOrganizations,
  headers: Record<string, string>,
  locale: string,
): Promise<ListPageFigures> {
  const at25 = await figuresOf(base, page.at25(orgs), headers, page.rows, locale);
  const at100 = page.at100 ? await figuresOf(base, page.at100(orgs), headers, page.rows, locale) : null;
  const extra = at100 ? at100.rows - at25.rows : 0;
  const perExtraRow =
    at100 && extra > 0 ? { raw: (at100.raw - at25.raw) / extra, transferred: (at100.transferred - at25.transferred) / extra } : null;
  return { page: page.name, at25, at100, perExtraRow };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One line of figures: "contacts (en)  25 rows: 9.8 KB gzip (40.1 KB raw)  100 rows: …  per extra row: 61 B gzip (540 B raw)". */
export function describeFigures(figures: ListPageFigures, locale: string): string {
  const at = (f: PageFigures) => `${String(f.rows).padStart(3)} rows: ${kb(f.transferred).padStart(8)} ${f.encoding} (${kb(f.raw)} raw)`;
  const perRow = figures.perExtraRow
    ? `  per extra row: ${figures.perExtraRow.transferred.toFixed(0)} B (${figures.perExtraRow.raw.toFixed(0)} B raw)`
    : "";
  return `${`${figures.page} (${locale})`.padEnd(20)} ${at(figures.at25)}${figures.at100 ? `   ${at(figures.at100)}` : ""}${perRow}`;
}
