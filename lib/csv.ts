// CSV for spreadsheets: RFC 4180 quoting, and formula-looking cells neutralised (a leading
// = + - @, tab or carriage return makes Excel and others read the cell as a formula).
// A value that is only a number or a phone number ("+33 6 12 34 56 78", "-12.5",
// "(555) 010-0134") cannot reference a cell or call a function, so it is written as it is;
// anything else starting that way gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_OR_PHONE = /^[+-]?[0-9 ().-]*[0-9][0-9 ().-]*$/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text) && !NUMBER_OR_PHONE.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** Makes Excel read the file as UTF-8. */
export const CSV_BOM = "\uFEFF";
