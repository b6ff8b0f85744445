/**
 * The bookings report (R19) as TSV or CSV. Both formats quote or escape every field so that a
 * customer's name or answer containing tabs, commas, quotes or line breaks cannot shift
 * columns, and a field starting with `=`, `+`, `-` or `@` gets a leading apostrophe so that
 * spreadsheets show it as text instead of running it as a formula (CSV injection).
 */

export type ReportFormat = 'tsv' | 'csv';

function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote fields with a comma, quote or line break; double the quotes inside. */
export function csvField(value: string): string {
  const v = neutraliseFormula(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * TSV (IANA text/tab-separated-values) has no quoting and forbids tabs in fields, so tabs, line
 * breaks and backslashes are written as `\t`, `\n`, `\r`, `\\` (the "linear TSV" convention).
 */
export function tsvField(value: string): string {
  return neutraliseFormula(value)
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/** Rows to text; CRLF line endings as RFC 4180 asks (TSV readers accept them too). */
export function formatTable(
  format: ReportFormat,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const field = format === 'csv' ? csvField : tsvField;
  const sep = format === 'csv' ? ',' : '\t';
  return [header, ...rows].map((row) => row.map(field).join(sep)).join('\r\n') + '\r\n';
}
