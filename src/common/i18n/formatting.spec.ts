import { formatDate, formatDateTime, formatMoney, formatNumber, formatTime, formattingLocale } from './formatting.js';

describe('formatting', () => {
  const winter = new Date('2027-01-15T13:30:00Z');
  const summer = new Date('2027-07-15T12:30:00Z');

  it('writes English dates the British/European way, not the US way', () => {
    expect(formatDate(winter, 'en')).toBe('15 January 2027');
    expect(formatDate(winter, 'de')).toBe('15. Januar 2027');
    expect(formatDate('2027-05-01', 'fr')).toBe('1 mai 2027');
  });

  it('shows times in Berlin with the zone', () => {
    expect(formatDateTime(winter, 'de')).toBe('15. Januar 2027 um 14:30 MEZ');
    expect(formatDateTime(summer, 'en')).toBe('15 July 2027 at 14:30 CEST');
    expect(formatTime(winter, 'en')).toBe('14:30 CET');
    expect(formatTime(summer, 'de')).toBe('14:30 MESZ');
  });

  it('takes the Berlin day of a point in time, and a calendar day as it is', () => {
    expect(formatDate(new Date('2027-03-31T23:30:00Z'), 'en')).toBe('1 April 2027');
    expect(formatDate('2027-03-31', 'en')).toBe('31 March 2027');
  });

  it('uses the Gregorian calendar in every language', () => {
    expect(formattingLocale('fa')).toBe('fa-IR-u-ca-gregory');
    expect(formatDate('2027-05-01', 'fa')).toContain('۲۰۲۷');
    expect(formatDate('2027-05-01', 'ar')).toMatch(/2027|٢٠٢٧/);
  });

  it('formats numbers and money per locale', () => {
    expect(formatMoney(1500, 'de')).toBe('15,00\u00a0€');
    expect(formatMoney(1500, 'en')).toBe('€15.00');
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDateTime('yesterday', 'de')).toThrow(RangeError);
  });
});
