import { QueryFailedError } from 'typeorm';
import { busyException, isDatabaseBusy } from './database-busy.js';

const failed = (code: string) => new QueryFailedError('SELECT 1', [], Object.assign(new Error('failed'), { code }));

describe('isDatabaseBusy', () => {
  it('recognises the bounded waits running out and transactions meeting', () => {
    for (const code of ['55P03', '57014', '25P03', '40P01', '40001', '53300'])
      expect([code, isDatabaseBusy(failed(code))]).toEqual([code, true]);
    expect(isDatabaseBusy(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseBusy(new Error('Connection terminated due to connection timeout'))).toBe(true);
  });

  it('leaves every other failure alone', () => {
    expect(isDatabaseBusy(failed('23505'))).toBe(false);
    expect(isDatabaseBusy(failed('42P01'))).toBe(false);
    expect(isDatabaseBusy(new Error('boom'))).toBe(false);
    expect(isDatabaseBusy('55P03')).toBe(false);
  });

  it('is answered as RATE_LIMITED with the reason BUSY and a wait', () => {
    expect(busyException()).toMatchObject({ code: 'RATE_LIMITED', messageKey: 'busy', options: { reason: 'BUSY', retryAfterSeconds: 2 } });
  });
});
