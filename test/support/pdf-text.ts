import { inflateSync } from 'node:zlib';

/** WinAnsi differs from Latin-1 in 0x80–0x9F (Node's TextDecoder treats windows-1252 as Latin-1). */
const WIN_ANSI_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeHex(hex: string): string {
  const bytes = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
  return [...bytes].map((byte) => (byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_80_9F[byte - 0x80] : String.fromCharCode(byte))).join('');
}

/**
 * The text shown by a PDF written with the standard fonts (as pdfkit writes receipts): every text
 * object's hex strings decoded from WinAnsi, one line per text object. Enough to assert what a
 * document says without a PDF parser.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of source.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = source.indexOf('endstream', start);
    const raw = pdf.subarray(start, end);
    let content: string;
    try {
      content = (match[1].includes('/FlateDecode') ? inflateSync(raw) : raw).toString('latin1');
    } catch {
      continue;
    }
    for (const block of content.matchAll(/BT([^]*?)ET/g)) {
      const text = [...block[1].matchAll(/<([0-9A-Fa-f]*)>/g)].map((hex) => decodeHex(hex[1])).join('');
      if (text) lines.push(text);
    }
  }
  return lines.join('\n');
}
