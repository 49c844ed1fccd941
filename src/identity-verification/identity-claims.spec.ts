import { AssuranceLevel } from '../common/auth/assurance-level.js';
import { isBirthDate, levelOfAcr, nationalityCode } from './identity-claims.js';

describe('identity claims', () => {
  it('maps eIDAS LoA URIs to levels, anything else to low', () => {
    expect(levelOfAcr('http://eidas.europa.eu/LoA/high')).toBe(AssuranceLevel.high);
    expect(levelOfAcr('http://eidas.europa.eu/LoA/substantial')).toBe(AssuranceLevel.substantial);
    expect(levelOfAcr('http://eidas.europa.eu/LoA/low')).toBe(AssuranceLevel.low);
    expect(levelOfAcr(undefined)).toBe(AssuranceLevel.low);
  });

  it('normalises nationality to ISO alpha-2', () => {
    expect(nationalityCode('de')).toBe('DE');
    expect(nationalityCode('FRA')).toBe('FR');
    expect(nationalityCode('XX')).toBeNull();
    expect(nationalityCode('Germany')).toBeNull();
  });

  it('accepts only real past dates', () => {
    expect(isBirthDate('1985-03-04')).toBe(true);
    expect(isBirthDate('1985-02-30')).toBe(false);
    expect(isBirthDate('3000-01-01')).toBe(false);
    expect(isBirthDate('04.03.1985')).toBe(false);
  });
});
