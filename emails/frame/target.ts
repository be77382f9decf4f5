// Every email is written once, as a tree of the frame's components, and rendered twice: to
// HTML, and to its plain-text twin. In the text rendering (TextPart = true) each frame
// component writes plain lines instead of markup, so the text part needs no HTML-to-text
// conversion (which cost more than the HTML rendering) and reads as text should.
import { createContext, useContext } from "react";

export const TextPart = createContext(false);

export const useTextPart = () => useContext(TextPart);

/** Columns padded to their widest cell, two spaces apart (a table in the text part). */
export function alignColumns(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join("  ").trimEnd()).join("\n");
}
