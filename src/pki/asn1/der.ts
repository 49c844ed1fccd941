/**
 * A small DER writer and reader over Buffers: what the CA needs to assemble signed structures
 * (certificates, CRLs, OCSP responses) and to cut CSRs and OCSP requests into their exact bytes.
 */

export const Tag = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  ENUMERATED: 0x0a,
  UTF8_STRING: 0x0c,
  SEQUENCE: 0x30,
  SET: 0x31,
  PRINTABLE_STRING: 0x13,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
} as const;

function lengthBytes(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), lengthBytes(content.length), content]);
}

export const sequence = (...parts: Buffer[]): Buffer => tlv(Tag.SEQUENCE, Buffer.concat(parts));
export const set = (...parts: Buffer[]): Buffer => tlv(Tag.SET, Buffer.concat(parts));
export const octetString = (content: Buffer): Buffer => tlv(Tag.OCTET_STRING, content);
export const bitString = (content: Buffer): Buffer => tlv(Tag.BIT_STRING, Buffer.concat([Buffer.from([0]), content]));
export const nullValue = (): Buffer => Buffer.from([Tag.NULL, 0]);
export const booleanValue = (value: boolean): Buffer => Buffer.from([Tag.BOOLEAN, 1, value ? 0xff : 0]);
export const ia5String = (text: string): Buffer => tlv(Tag.IA5_STRING, Buffer.from(text, 'ascii'));
export const utf8String = (text: string): Buffer => tlv(Tag.UTF8_STRING, Buffer.from(text, 'utf8'));
/** `[n] EXPLICIT` (constructed context tag around a complete element). */
export const explicit = (n: number, content: Buffer): Buffer => tlv(0xa0 | n, content);
/** `[n] IMPLICIT` of a primitive value (the content only). */
export const implicitPrimitive = (n: number, content: Buffer): Buffer => tlv(0x80 | n, content);

/** A non-negative INTEGER from its unsigned big-endian magnitude. */
export function unsignedInteger(magnitude: Buffer): Buffer {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  const trimmed = magnitude.subarray(start);
  return tlv(Tag.INTEGER, trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

export function smallInteger(value: number, tag: number = Tag.INTEGER): Buffer {
  if (!Number.isInteger(value) || value < 0) throw new Error('smallInteger takes a non-negative integer');
  const bytes: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  if (bytes.length === 0 || bytes[0] & 0x80) bytes.unshift(0);
  return tlv(tag, Buffer.from(bytes));
}

export function oid(dotted: string): Buffer {
  // BigInt: arcs may exceed 2^53 (e.g. 2.25.<UUID as an integer>, X.667).
  const parts = dotted.split('.').map(BigInt);
  const bytes: number[] = [];
  for (const part of [parts[0] * 40n + parts[1], ...parts.slice(2)]) {
    const encoded: number[] = [Number(part & 0x7fn)];
    for (let rest = part >> 7n; rest > 0n; rest >>= 7n) encoded.unshift(Number(rest & 0x7fn) | 0x80);
    bytes.push(...encoded);
  }
  return tlv(Tag.OID, Buffer.from(bytes));
}

/** GeneralizedTime `YYYYMMDDHHMMSSZ` (seconds precision, UTC). */
export function generalizedTime(date: Date): Buffer {
  const text = date
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  return tlv(Tag.GENERALIZED_TIME, Buffer.from(text, 'ascii'));
}

/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050. */
export function x509Time(date: Date): Buffer {
  if (date.getUTCFullYear() >= 2050) return generalizedTime(date);
  const text = date
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
    .slice(2);
  return tlv(Tag.UTC_TIME, Buffer.from(text, 'ascii'));
}

export const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
export const sha256WithRsaAlgorithm = (): Buffer => sequence(oid(SHA256_WITH_RSA), nullValue());

/** `SEQUENCE { tbs, signatureAlgorithm, BIT STRING signature }`: a signed certificate, CRL or OCSP response body. */
export function signedStructure(tbsDer: Buffer, signature: Buffer): Buffer {
  return sequence(tbsDer, sha256WithRsaAlgorithm(), bitString(signature));
}

// ---- reading -------------------------------------------------------------------------------

export class DerError extends Error {}

export interface Element {
  tag: number;
  /** Start of the whole element (tag byte) in the buffer. */
  start: number;
  /** Start of the content. */
  contentStart: number;
  end: number;
  buffer: Buffer;
}

export function readElement(buffer: Buffer, offset = 0, limit = buffer.length): Element {
  if (offset + 2 > limit) throw new DerError('truncated');
  const tag = buffer[offset];
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not supported');
  let length = buffer[offset + 1];
  let contentStart = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new DerError('unsupported length');
    if (contentStart + count > limit) throw new DerError('truncated');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buffer[contentStart + i];
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) throw new DerError('truncated');
  return { tag, start: offset, contentStart, end, buffer };
}

/** The whole element as parsed: `readElement` of a complete buffer must consume all of it. */
export function readRoot(buffer: Buffer): Element {
  const element = readElement(buffer);
  if (element.end !== buffer.length) throw new DerError('trailing data');
  return element;
}

export function children(element: Element): Element[] {
  const result: Element[] = [];
  for (let offset = element.contentStart; offset < element.end;) {
    const child = readElement(element.buffer, offset, element.end);
    result.push(child);
    offset = child.end;
  }
  return result;
}

export const bytesOf = (element: Element): Buffer => element.buffer.subarray(element.start, element.end);
export const contentOf = (element: Element): Buffer => element.buffer.subarray(element.contentStart, element.end);

export function expectTag(element: Element | undefined, tag: number): Element {
  if (!element || element.tag !== tag) throw new DerError(`expected tag 0x${tag.toString(16)}`);
  return element;
}

export function readOid(element: Element): string {
  const content = contentOf(expectTag(element, Tag.OID));
  if (content.length === 0) throw new DerError('empty OID');
  const parts = [Math.floor(content[0] / 40), content[0] % 40];
  let value = 0;
  for (let i = 1; i < content.length; i++) {
    value = value * 128 + (content[i] & 0x7f);
    if (!(content[i] & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** The content of a BIT STRING without its unused-bits byte (only whole bytes are accepted). */
export function readBitString(element: Element): Buffer {
  const content = contentOf(expectTag(element, Tag.BIT_STRING));
  if (content.length === 0 || content[0] !== 0) throw new DerError('bit string with unused bits');
  return content.subarray(1);
}
