import { sanitiseReturnTo, withQuery } from './return-to.js';

const site = 'https://eresidency.bochum.example';

describe('sanitiseReturnTo', () => {
  it('keeps paths of this site', () => {
    expect(sanitiseReturnTo('/company/4f1c?step=identity#top', site)).toBe('/company/4f1c?step=identity#top');
    expect(sanitiseReturnTo('', site)).toBeNull();
    expect(sanitiseReturnTo(undefined, site)).toBeNull();
  });

  it.each([
    'https://evil.example/x',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    'company/1',
    '/a\nb',
    `/${'x'.repeat(600)}`,
  ])('refuses %j', (value) => {
    expect(sanitiseReturnTo(value, site)).toBeUndefined();
  });

  it('adds query parameters without losing the existing ones', () => {
    expect(withQuery('/company/1?tab=a', { identity: 'verified' })).toBe('/company/1?tab=a&identity=verified');
  });
});
