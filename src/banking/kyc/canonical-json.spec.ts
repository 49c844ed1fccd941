import { canonicalJson, kycContentSha256, sha256OfCanonical } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}');
  });

  it('hashes equal content equally whatever the key order', () => {
    expect(sha256OfCanonical({ a: 1, b: 2 })).toBe(sha256OfCanonical({ b: 2, a: 1 }));
    expect(sha256OfCanonical({ a: 1 })).not.toBe(sha256OfCanonical({ a: 2 }));
  });

  it('hashes a package’s content without its assembly time', () => {
    expect(kycContentSha256({ company: { a: 1 }, assembledAt: '2026-01-01T00:00:00Z' })).toBe(
      kycContentSha256({ company: { a: 1 }, assembledAt: '2026-02-02T00:00:00Z' }),
    );
    expect(kycContentSha256({ company: { a: 1 }, assembledAt: 'x' })).not.toBe(kycContentSha256({ company: { a: 2 }, assembledAt: 'x' }));
  });
});
