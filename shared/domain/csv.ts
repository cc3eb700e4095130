// A table as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads
// UTF-8 as Windows-1252 and å, ä, ö break) and semicolons, which Excel in a Swedish
// locale expects. Ten lines of escaping need no library: a field with ; " or a line
// break is quoted, with " doubled (RFC 4180). A field that starts with = + - @ is
// prefixed with ' so Excel does not run it as a formula. Shared by the web's sign-up
// lists and the API's indicator report.

const needsQuotes = /[;"\r\n]/;

export function csvField(value: string | number | null | undefined): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
