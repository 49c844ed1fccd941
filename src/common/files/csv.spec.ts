import { csvCell, csvDocument } from './csv.js';

describe('CSV', () => {
  it('quotes text and defuses what a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
    expect(csvCell('-1+2')).toBe(`"'-1+2"`);
    expect(csvCell('Say "hi"; bye')).toBe('"Say ""hi""; bye"');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
  });

  it('writes German with a BOM, semicolons and decimal commas; English with commas and points', () => {
    const lines = [
      ['Monat', 'Anteil'],
      ['März 2026', 33.3],
      ['April 2026', 50],
    ];
    expect(csvDocument(lines, 'de')).toBe('\uFEFF"Monat";"Anteil"\r\n"März 2026";"33,3"\r\n"April 2026";50\r\n');
    expect(csvDocument(lines, 'en')).toBe('\uFEFF"Monat","Anteil"\r\n"März 2026",33.3\r\n"April 2026",50\r\n');
  });
});
