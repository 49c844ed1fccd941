import { stripUnsafeNameCharacters, uploadFileName } from './upload-file-name.js';

describe('uploadFileName', () => {
  it('keeps the extension of the detected type, never the uploader’s', () => {
    expect(uploadFileName('poly.html', 'application/pdf', 'evidence')).toBe('poly.pdf');
    expect(uploadFileName('photo.JPEG', 'image/jpeg', 'evidence')).toBe('photo.jpg');
    expect(uploadFileName('scan.pdf.exe', 'image/png', 'evidence')).toBe('scan.pdf.png');
    expect(uploadFileName('Kbis.pdf', 'application/pdf', 'register-extract')).toBe('Kbis.pdf');
    expect(uploadFileName('no-extension', 'application/pdf', 'evidence')).toBe('no-extension.pdf');
  });

  it('strips bidi controls, so a name cannot pretend another extension', () => {
    // "invoice<RLO>fdp.html" shows as "invoicelmth.pdf".
    expect(uploadFileName('invoice\u202efdp.html', 'application/pdf', 'evidence')).toBe('invoicefdp.pdf');
    expect(uploadFileName('a\u2066b\u2069c\u200f.png', 'image/png', 'evidence')).toBe('abc.png');
    expect(stripUnsafeNameCharacters('x\u202ey\u061cz')).toBe('xyz');
  });

  it('drops paths, control characters and lone surrogates, and falls back for empty names', () => {
    expect(uploadFileName('../../etc/passwd', 'application/pdf', 'evidence')).toBe('passwd.pdf');
    expect(uploadFileName('C:\\Users\\me\\cv.pdf', 'application/pdf', 'evidence')).toBe('cv.pdf');
    expect(uploadFileName('a\u0000b\u0007c\ud800.pdf', 'application/pdf', 'evidence')).toBe('a_b_c_.pdf');
    expect(uploadFileName(undefined, 'image/png', 'evidence')).toBe('evidence.png');
    expect(uploadFileName('.pdf', 'application/pdf', 'document')).toBe('document.pdf');
    expect(uploadFileName('..hidden.png', 'image/png', 'document')).toBe('hidden.png');
    expect(uploadFileName('   ', 'application/pdf', 'document')).toBe('document.pdf');
    expect(uploadFileName('x'.repeat(500) + '.pdf', 'application/pdf', 'document')).toHaveLength(194);
  });
});
