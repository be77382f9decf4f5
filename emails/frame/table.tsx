// A small data table for emails (licenses, quote lines): a layout table with a header row.
import type { ReactNode } from "react";
import { styles } from "./email-layout";

export function EmailTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: ReactNode[][] }) {
  return (
    <table className="data" width="100%" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse", margin: "0 0 16px" }}>
      <caption style={{ ...styles.muted, textAlign: "left", margin: "0 0 8px" }}>{caption}</caption>
      <thead>
        <tr>{columns.map((column) => <th key={column} scope="col" style={{ ...styles.cell, fontWeight: 600, color: "#4b5563" }}>{column}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((cells, row) => <tr key={row}>{cells.map((cell, index) => <td key={index} style={styles.cell}>{cell}</td>)}</tr>)}
      </tbody>
    </table>
  );
}

/** Label / value lines ("Amount: €1,200.00"). */
export function Facts({ facts }: { facts: [string, string][] }) {
  return (
    <table className="data" width="100%" cellPadding={0} cellSpacing={0} role="presentation" style={{ borderCollapse: "collapse", margin: "0 0 16px" }}>
      <tbody>
        {facts.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" style={{ ...styles.cell, fontWeight: 600, color: "#4b5563", width: "40%" }}>{label}</th>
            <td style={styles.cell}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
