import { detectDocumentType } from './document-content-type.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c50000000049454e44ae426082',
  'hex',
);
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.alloc(64), Buffer.from('ffd9', 'hex')]);

describe('evidence content type', () => {
  it('recognises PDF, PNG and JPEG by their content', async () => {
    expect(await detectDocumentType(PDF)).toBe('application/pdf');
    expect(await detectDocumentType(PNG)).toBe('image/png');
    expect(await detectDocumentType(JPEG)).toBe('image/jpeg');
  });

  it('refuses other content whatever it is called', async () => {
    expect(await detectDocumentType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(await detectDocumentType(Buffer.from('PK\u0003\u0004' + 'x'.repeat(100)))).toBeNull();
    expect(await detectDocumentType(Buffer.from('GIF89a' + '\u0000'.repeat(20)))).toBeNull();
    expect(await detectDocumentType(Buffer.alloc(0))).toBeNull();
  });
});
