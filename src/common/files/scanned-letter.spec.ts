import { detectScanType } from './scanned-letter.js';

describe('scanned letter content', () => {
  it('recognises PDF and PNG by their bytes and refuses anything else, whatever it is called', async () => {
    expect(await detectScanType(Buffer.from('%PDF-1.4\n%%EOF\n'))).toBe('application/pdf');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    expect(await detectScanType(png)).toBe('image/png');
    expect(await detectScanType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(await detectScanType(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'))).toBeNull();
  });
});
