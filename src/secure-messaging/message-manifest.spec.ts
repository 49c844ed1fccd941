import { messageManifest } from './message-manifest.js';

const input = {
  companyId: '4b1c3c7e-5d7e-4a0b-9a44-2d6b1e0f9a11',
  subject: 'Größe "Ü" & <Café> – 東京',
  body: 'Zeile 1\r\nZeile 2\rZeile 3\n\tEnde\u2028',
  attachments: [
    { name: 'Auszug (1).pdf', sha256: 'AB'.repeat(32) },
    { name: 'ünïcödé.png', sha256: 'cd'.repeat(32) },
  ],
};

describe('messageManifest', () => {
  it('is the documented JSON: fixed key order, \\n line ends, lower-case hashes', () => {
    expect(JSON.parse(messageManifest(input).toString('utf8'))).toEqual({
      format: 'bochum-secure-message/1',
      companyId: input.companyId,
      subject: input.subject,
      body: 'Zeile 1\nZeile 2\nZeile 3\n\tEnde\u2028',
      attachments: [
        { name: 'Auszug (1).pdf', sha256: 'ab'.repeat(32) },
        { name: 'ünïcödé.png', sha256: 'cd'.repeat(32) },
      ],
    });
    expect(messageManifest(input).toString('utf8').startsWith('{"format":"bochum-secure-message/1","companyId":')).toBe(true);
  });
});
