import type { Declaration } from '@privacyspec/schema';
import { ropaTable, type ExportOptions } from './ropa.js';

/** UTF-8 byte order mark: without it spreadsheet programs read the file in a legacy code page. */
const BOM = '\uFEFF';

/**
 * A field per RFC 4180: quoted when it holds a quote, comma or line break, quotes doubled. A
 * value that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is prefixed
 * with an apostrophe, as OWASP advises against CSV injection; the apostrophe is not shown.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The Art. 30(1) record as CSV (RFC 4180: CRLF line ends, a header row), UTF-8 with a BOM. */
export function exportRopaCsv(declaration: Declaration, options: ExportOptions = {}): string {
  const { header, rows } = ropaTable(declaration, options);
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
