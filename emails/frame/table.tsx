// Data in emails: a table with a header row (licenses, quote lines) and label / value lines
// (amounts, dates), in the HTML part as tables, in the text part as aligned columns.
import { styles } from "./email-layout";
import { alignColumns, isTextPart } from "./target";

/** A cell: text, or a code (a license key) shown in a fixed-width font. */
export type Cell = string | { code: string };

const textOf = (cell: Cell) => (typeof cell === "string" ? cell : cell.code);

export function EmailTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: Cell[][] }) {
  if (isTextPart()) return <>{`${alignColumns([columns, ...rows.map((row) => row.map(textOf))])}\n\n`}</>;
  return (
    <table width="100%" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse", margin: "0 0 16px" }}>
      <caption style={{ ...styles.muted, textAlign: "left", margin: "0 0 8px" }}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col" style={{ ...styles.cell, fontWeight: 600, color: "#4b5563" }}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, row) => (
          <tr key={row}>
            {cells.map((cell, index) => (
              <td key={index} style={styles.cell}>
                {typeof cell === "string" ? cell : <code>{cell.code}</code>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Label / value lines ("Amount  €1,200.00"). */
export function Facts({ facts }: { facts: [string, string][] }) {
  if (isTextPart()) return <>{`${alignColumns(facts)}\n\n`}</>;
  return (
    <table width="100%" cellPadding={0} cellSpacing={0} role="presentation" style={{ borderCollapse: "collapse", margin: "0 0 16px" }}>
      <tbody>
        {facts.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" style={{ ...styles.cell, fontWeight: 600, color: "#4b5563", width: "40%" }}>
              {label}
            </th>
            <td style={styles.cell}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
