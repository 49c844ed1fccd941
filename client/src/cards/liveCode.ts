import { liveCode, presentationMessage } from '../../../packages/shared/src/index.js';
import { livePresentation, readCredentialClaims, SdJwtCardVerifier } from '../../../packages/card-verifier/src/index.js';
import type { DeviceCard } from './deviceCardStore';

/** Seconds between two codes; a code older than 90 s is refused by verifiers. */
export const CODE_LIFETIME_SECONDS = 30;

function base64url(bytes: ArrayBuffer): string {
  let binary = '';
  new Uint8Array(bytes).forEach((byte) => (binary += String.fromCharCode(byte)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * What the QR shows: the SD-JWT VC disclosing no name, with a Key Binding JWT the device key signs
 * over the current time (audience: the issuer, as the phone does not know the venue); for a card
 * not renewed since the SD-JWT VC, the older `BOP1` code.
 */
export async function createLiveCode(card: DeviceCard, now = Date.now()): Promise<string> {
  if (SdJwtCardVerifier.isSdJwt(card.credential)) {
    return livePresentation(card.credential, card.keyPair.privateKey, { audience: readCredentialClaims(card.credential).iss, now });
  }
  const timestamp = Math.floor(now / 1000);
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    card.keyPair.privateKey,
    new TextEncoder().encode(presentationMessage(card.credentialId, timestamp)),
  );
  return liveCode(card.credential, timestamp, base64url(signature));
}
