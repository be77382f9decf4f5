// Every email is written once, as a tree of the frame's components, and rendered twice: to
// HTML, and to its plain-text twin. While the text twin renders (renderTextPart), each frame
// component writes plain lines instead of markup, so the text part needs no HTML-to-text
// conversion (which cost more than the HTML rendering) and reads as text should.
//
// A module flag rather than a React context: the templates are imported by server actions
// (for their subjects), and the React Server Components layer has no createContext. It is
// safe because renderToStaticMarkup renders synchronously: nothing else runs in between.
let renderingText = false;

/** Whether the tree being rendered now is the text part. */
export const isTextPart = () => renderingText;

/** Runs a synchronous render of the text part. */
export function renderTextPart<T>(render: () => T): T {
  renderingText = true;
  try {
    return render();
  } finally {
    renderingText = false;
  }
}

/** Columns padded to their widest cell, two spaces apart (a table in the text part). */
export function alignColumns(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
