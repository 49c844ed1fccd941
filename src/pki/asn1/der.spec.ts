import { children, DerError, oid, readOid, readRoot, sequence, smallInteger, unsignedInteger, x509Time } from './der.js';

describe('DER', () => {
  it('encodes positive integers minimally with a sign byte when needed', () => {
    expect(unsignedInteger(Buffer.from([0x00, 0x00, 0x7f])).toString('hex')).toBe('02017f');
    expect(unsignedInteger(Buffer.from([0x80])).toString('hex')).toBe('02020080');
    expect(smallInteger(0).toString('hex')).toBe('020100');
    expect(smallInteger(300).toString('hex')).toBe('0202012c');
  });

  it('round-trips object identifiers', () => {
    for (const dotted of ['1.2.840.113549.1.1.11', '2.5.4.97', '1.3.6.1.4.1.311.10.3.12'])
      expect(readOid(readRoot(oid(dotted)))).toBe(dotted);
  });

  it('encodes arcs beyond 2^53 and a first subidentifier above 127 (X.690 §8.19)', () => {
    expect(oid('2.999.3').toString('hex')).toBe('0603883703');
    expect(oid('1.2.18446744073709551616').toString('hex')).toBe('060b2a82808080808080808000');
  });

  it('uses UTCTime until 2049 and GeneralizedTime from 2050 (RFC 5280 §4.1.2.5)', () => {
    expect(x509Time(new Date('2049-12-31T23:59:59Z')).subarray(2).toString()).toBe('491231235959Z');
    expect(x509Time(new Date('2050-01-01T00:00:00Z')).subarray(2).toString()).toBe('20500101000000Z');
  });

  it('reads long-form lengths and refuses truncated or trailing data', () => {
    const long = sequence(...Array.from({ length: 100 }, () => smallInteger(1)));
    expect(children(readRoot(long))).toHaveLength(100);
    expect(() => readRoot(long.subarray(0, long.length - 1))).toThrow(DerError);
    expect(() => readRoot(Buffer.concat([long, Buffer.from([0])]))).toThrow(DerError);
  });
});
