// The one table of the app (contacts, pending invitations, email log, mailbox, domains…):
// a caption, column headers with scope (optionally sort links with aria-sort), the first
// cell of a row as its header, an empty state, and a region that scrolls sideways on narrow
// screens rather than squeezing. Columns size to their content: cells do not wrap unless
// their column says "wrap". The look lives in app/globals.css (.dt…), so rows carry no
// class lists. No hooks besides useId and no "use client": server pages and client
// components both render it.
import { useId, type ReactNode } from "react";
import { Icon } from "./icon";

export type SortState = {
  /** Where the header's link goes (this column, the other direction). */
  href: string;
  /** The current sort of this column, or null when the list is sorted by another. */
  direction: "ascending" | "descending" | null;
};

export type Column<Row> = {
  key: string;
  header: string;
  /** Keeps the header for screen readers only (e.g. a column of row actions). */
  headerHidden?: boolean;
  /** This column's cell names the row: rendered as <th scope="row">. */
  rowHeader?: boolean;
  /** Cell classes of app/globals.css: "wrap" (may wrap), "num", "end" (right-aligned), "dim". */
  className?: string;
  sort?: SortState;
  cell: (row: Row) => ReactNode;
};

type Props<Row> = {
  caption: string;
  /** The caption stays for screen readers, hidden on screen (the page's heading already says it). */
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Extra attributes of a row: an id to scroll to, "highlight"… */
  rowAttributes?: (row: Row) => { id?: string; className?: string; "aria-describedby"?: string } | undefined;
  /** Shown in place of the rows when there are none. */
  empty: ReactNode;
};

export function DataTable<Row>({ caption, captionHidden, columns, rows, rowKey, rowAttributes, empty }: Props<Row>) {
  const captionId = useId();
  return (
    // Focusable, so a keyboard can scroll it sideways when it overflows; named by its caption.
    <div className="dt-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="dt">
        <caption id={captionId} className={captionHidden ? "sr-only" : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.className} aria-sort={column.sort?.direction ?? undefined}>
                {column.headerHidden ? (
                  <span className="sr-only">{column.header}</span>
                ) : column.sort ? (
                  <SortLink header={column.header} sort={column.sort} />
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} {...rowAttributes?.(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className={column.className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.className}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function SortLink({ header, sort }: { header: string; sort: SortState }) {
  return (
    <a href={sort.href}>
      {header}
      {sort.direction ? <Icon name={sort.direction === "descending" ? "arrow-down" : "arrow-up"} className="size-3" /> : null}
    </a>
  );
}

/**
 * A value that may be long (past `after` characters): cut with an ellipsis at the column's
 * cap, and whole while hovered or focused (it is focusable, for keyboards). Shorter values
 * are plain text: no extra markup in the rows that do not need it.
 */
export function Truncate({ text, after = 40 }: { text: string; after?: number }) {
  if (text.length <= after) return text;
  return (
    <span className="truncate-cell" tabIndex={0}>
      {text}
    </span>
  );
}
