import { INVITATION_TOKEN_FORMAT, invitationStatus } from './invitation-status.js';
import { newSecretToken } from '../crypto/secret-token.js';

describe('invitation lifecycle', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const later = new Date('2026-12-08T10:00:00Z');
  const earlier = new Date('2026-12-06T10:00:00Z');

  it('is pending until it expires, then expired', () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe('pending');
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe('expired');
  });

  it('says accepted or revoked whatever the expiry', () => {
    expect(invitationStatus({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe('accepted');
    expect(invitationStatus({ acceptedAt: null, revokedAt: earlier, expiresAt: later }, now)).toBe('revoked');
  });

  it('recognises the tokens the links carry and nothing else', () => {
    expect(INVITATION_TOKEN_FORMAT.test(newSecretToken())).toBe(true);
    expect(INVITATION_TOKEN_FORMAT.test('short')).toBe(false);
    expect(INVITATION_TOKEN_FORMAT.test(`${newSecretToken().slice(0, 42)}=`)).toBe(false);
  });
});
