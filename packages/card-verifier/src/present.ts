import { KB_JWT_TYPE, type CitizenCardClaims } from './credential.js';
import { disclosedClaimName, jsonOfBase64Url, sha256, splitSdJwt, toBase64Url } from './encoding.js';

/** The private half of the holder's device key (ES256, Web Crypto; non-extractable is fine). */
export type DeviceSigningKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/** The credential with only the disclosures of `claims`, ending in `~` (no key binding). */
export function selectDisclosures(credential: string, claims: readonly string[]): string {
  const parsed = splitSdJwt(credential);
  if (!parsed) throw new Error('not an SD-JWT');
  const kept = parsed.disclosures.filter((disclosure) => claims.includes(disclosedClaimName(disclosure) ?? ''));
  return `${[parsed.jwt, ...kept].join('~')}~`;
}

/** What the printed card's QR holds: the credential disclosing the name, without key binding. */
export function printedPresentation(credential: string): string {
  return selectDisclosures(credential, ['name']);
}

/**
 * What the phone's live QR holds: the credential disclosing nothing personal, with a Key Binding JWT
 * (RFC 9901) signed by the device key: `iat` now, a fresh `nonce`, `aud` the venue when known.
 */
export async function livePresentation(
  credential: string,
  deviceKey: DeviceSigningKey,
  options: { audience: string; now?: number; nonce?: string },
): Promise<string> {
  const presented = selectDisclosures(credential, []);
  const encoder = new TextEncoder();
  const header = toBase64Url(encoder.encode(JSON.stringify({ alg: 'ES256', typ: KB_JWT_TYPE })));
  const payload = toBase64Url(
    encoder.encode(
      JSON.stringify({
        iat: Math.floor((options.now ?? Date.now()) / 1000),
        aud: options.audience,
        nonce: options.nonce ?? toBase64Url(crypto.getRandomValues(new Uint8Array(8))),
        sd_hash: toBase64Url(await sha256(presented)),
      }),
    ),
  );
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, deviceKey, encoder.encode(`${header}.${payload}`));
  return `${presented}${header}.${payload}.${toBase64Url(new Uint8Array(signature))}`;
}

/** The issuer-signed claims of a credential, read without verifying (e.g. the phone reading its own `iss`). */
export function readCredentialClaims(credential: string): CitizenCardClaims {
  const parsed = splitSdJwt(credential);
  if (!parsed) throw new Error('not an SD-JWT');
  return jsonOfBase64Url<CitizenCardClaims>(parsed.jwt.split('.')[1]);
}
