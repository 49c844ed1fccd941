import { liveCode, presentationMessage } from '../../../packages/shared/src/index.js';
import type { DeviceCard } from './deviceCardStore';

/** Seconds between two codes; a code older than 90 s is refused by verifiers. */
export const CODE_LIFETIME_SECONDS = 30;

function base64url(bytes: ArrayBuffer): string {
  let binary = '';
  new Uint8Array(bytes).forEach((byte) => (binary += String.fromCharCode(byte)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The credential plus this device's signature over the current time: what the QR shows. */
export async function createLiveCode(card: DeviceCard, now = Date.now()): Promise<string> {
  const timestamp = Math.floor(now / 1000);
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    card.keyPair.privateKey,
    new TextEncoder().encode(presentationMessage(card.credentialId, timestamp)),
  );
  return liveCode(card.credential, timestamp, base64url(signature));
}
