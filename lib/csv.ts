// CSV for spreadsheets: RFC 4180 quoting, and formula-looking cells neutralised
// (a leading = + - @ would run as a formula in Excel).
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** Makes Excel read the file as UTF-8. */
export const CSV_BOM = "\uFEFF";
