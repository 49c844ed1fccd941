import { csvDocument } from '../../common/files/csv.js';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportCell = string | number | Date | null;

/** A titled table of an export: a CSV section or an XLSX sheet. */
export interface ExportSheet {
  title: string;
  header: string[];
  rows: ExportCell[][];
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * The file of an export in the reader's language: CSV with the tables one after another (a title line,
 * the header, the rows, an empty line), or XLSX with one sheet per table and real dates and numbers.
 */
export async function exportFile(format: ExportFormat, sheets: readonly ExportSheet[], language: string, formatDay: (day: Date) => string) {
  if (format === 'csv') {
    const text = (cell: ExportCell) => (cell instanceof Date ? formatDay(cell) : cell);
    const lines = sheets.flatMap((sheet, index) => [
      ...(sheets.length > 1 ? [[sheet.title]] : []),
      sheet.header,
      ...sheet.rows.map((row) => row.map(text)),
      ...(index < sheets.length - 1 ? [[]] : []),
    ]);
    return Buffer.from(csvDocument(lines, language), 'utf8');
  }
  // Loaded on the first XLSX export, not at every start (≈ 0.2 s of CPU).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  sheets.forEach((sheet, index) => {
    const name = `${index + 1} ${sheet.title}`.replace(SHEET_NAME_FORBIDDEN, ' ').slice(0, 31);
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
    worksheet.columns.forEach((column) => {
      column.width = 20;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
