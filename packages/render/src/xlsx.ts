import type { Declaration } from '@privacyspec/schema';
import { ropaTable, type ExportOptions } from './ropa.js';

/**
 * The Art. 30(1) record as an XLSX workbook (exceljs): one sheet, a bold header row that stays
 * in view (frozen pane), an autofilter over the table, wrapped cells. Values are written as
 * strings, never formulas.
 */
export async function exportRopaXlsx(
  declaration: Declaration,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  const { header, rows } = ropaTable(declaration, options);
  // Loaded on first use: the CLI bundle then evaluates exceljs only for an XLSX export.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PrivacySpec';
  const sheet = workbook.addWorksheet('Art. 30 record', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = header.map((title) => ({ header: title, width: 32 }));
  sheet.addRows(rows.map((row) => [...row]));
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: rows.length + 1, column: header.length },
  };
  // Fixed document dates keep the bytes the same for the same declaration.
  const epoch = new Date(0);
  workbook.created = epoch;
  workbook.modified = epoch;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
