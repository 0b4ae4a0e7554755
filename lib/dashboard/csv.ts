/** A value a CSV cell can hold; null and undefined become empty cells. */
export type CsvValue = string | number | boolean | Date | null | undefined;

// Spreadsheets treat a cell starting with one of these as a formula (or DDE call), so text
// from users (names, titles) could run code on the owner's machine when the export is opened.
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** One cell as RFC 4180 text: text that could start a formula is prefixed with an apostrophe. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'string') text = formulaTriggers.has(value.charAt(0)) ? `'${value}` : value;
  else text = String(value);
  return /[",\r\n]/.test(text) || text.startsWith("'") ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as an RFC 4180 document: CRLF line ends, including after the last record. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
