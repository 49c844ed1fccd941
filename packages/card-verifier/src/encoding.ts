/** Base64url, UTF-8 and SHA-256 over Web Crypto: available in browsers and in Node. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function jsonOfBase64Url<T>(text: string): T {
  return JSON.parse(new TextDecoder().decode(fromBase64Url(text))) as T;
}

/** The SD-JWT hasher (`_sd_alg` sha-256 only). */
export async function sha256(data: string | ArrayBuffer, alg = 'sha-256'): Promise<Uint8Array> {
  if (alg.toLowerCase() !== 'sha-256') throw new Error(`unsupported hash algorithm ${alg}`);
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** An SD-JWT `<jwt>~<disclosure>~…~[<kb-jwt>]` split into its parts. */
export function splitSdJwt(text: string): { jwt: string; disclosures: string[]; kbJwt: string } | null {
  const parts = text.trim().split('~');
  if (parts.length < 2) return null;
  const jws = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
  const [jwt, ...rest] = parts;
  const kbJwt = rest.pop() ?? '';
  if (!jws.test(jwt) || (kbJwt && !jws.test(kbJwt)) || rest.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return null;
  return { jwt, disclosures: rest, kbJwt };
}

/** The claim name a disclosure `[salt, name, value]` discloses (undefined for array elements or garbage). */
export function disclosedClaimName(disclosure: string): string | undefined {
  try {
    const decoded = jsonOfBase64Url<unknown[]>(disclosure);
    return Array.isArray(decoded) && decoded.length === 3 && typeof decoded[1] === 'string' ? decoded[1] : undefined;
  } catch {
    return undefined;
  }
}
