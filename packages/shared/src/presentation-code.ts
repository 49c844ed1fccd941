/**
 * What the QR codes contain:
 * - live (phone):   `BOP1.<credential JWS>.<unix seconds>.<device signature, base64url>`
 * - static (PDF):   `BOS1.<credential JWS>`
 * The device signs `bo-card-presentation|v1|<credential id>|<unix seconds>` with ECDSA P-256.
 */
export const LIVE_PREFIX = 'BOP1.';
export const STATIC_PREFIX = 'BOS1.';

export type ParsedCode =
  { kind: 'live'; credential: string; timestamp: number; signature: string } | { kind: 'static'; credential: string };

const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const B64URL = /^[A-Za-z0-9_-]+$/;

export function presentationMessage(credentialId: string, timestamp: number): string {
  return `bo-card-presentation|v1|${credentialId}|${timestamp}`;
}

export function liveCode(credential: string, timestamp: number, signature: string): string {
  return `${LIVE_PREFIX}${credential}.${timestamp}.${signature}`;
}

export function staticCode(credential: string): string {
  return `${STATIC_PREFIX}${credential}`;
}

/** Parses a scanned code; `null` when it is not one of ours. */
export function parseCode(code: string): ParsedCode | null {
  const text = code.trim();
  if (text.length > 4000) return null;
  if (text.startsWith(STATIC_PREFIX)) {
    const credential = text.slice(STATIC_PREFIX.length);
    return JWS.test(credential) ? { kind: 'static', credential } : null;
  }
  if (!text.startsWith(LIVE_PREFIX)) return null;
  const parts = text.slice(LIVE_PREFIX.length).split('.');
  if (parts.length !== 5) return null;
  const [header, payload, issuerSignature, timestamp, signature] = parts;
  const credential = `${header}.${payload}.${issuerSignature}`;
  if (!JWS.test(credential) || !/^\d{1,12}$/.test(timestamp) || !B64URL.test(signature)) return null;
  return { kind: 'live', credential, timestamp: Number(timestamp), signature };
}
