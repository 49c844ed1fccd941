import { generateApiKey, hashApiKey, isWellFormedApiKey } from './api-key-format.js';

describe('venue API key format', () => {
  it('makes random keys with a checksum that catches typos', () => {
    const key = generateApiKey('bo_live_');
    expect(key).toMatch(/^bo_live_[0-9A-Za-z]{30}$/);
    expect(isWellFormedApiKey(key)).toBe(true);
    const typo = key.slice(0, 12) + (key[12] === 'a' ? 'b' : 'a') + key.slice(13);
    expect(isWellFormedApiKey(typo)).toBe(false);
    expect(generateApiKey('bo_test_')).not.toBe(generateApiKey('bo_test_'));
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
  });
});
