import { creditedSeconds } from './journey-activity.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, seconds));

describe('creditedSeconds', () => {
  it('gives nothing for the first beat', () => {
    expect(creditedSeconds(null, at(0), 15)).toBe(0);
  });

  it('credits the time since the previous beat, capped at the interval', () => {
    expect(creditedSeconds(at(0), at(10), 15)).toBe(10);
    expect(creditedSeconds(at(0), at(25), 15)).toBe(15);
  });

  it('gives nothing for a duplicate beat or after an idle gap', () => {
    expect(creditedSeconds(at(10), at(10), 15)).toBe(0);
    expect(creditedSeconds(at(0), at(31), 15)).toBe(0);
  });
});
