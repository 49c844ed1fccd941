import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { bytesOf, children, DerError, expectTag, readBitString, readOid, readRoot, Tag } from '../asn1/der.js';

export type CsrProblem = 'malformed' | 'bad_signature' | 'unsupported_key' | 'key_size' | 'weak_signature_algorithm';

export class CsrRejected extends Error {
  constructor(
    readonly problem: CsrProblem,
    readonly params: Record<string, unknown> = {},
  ) {
    super(`CSR rejected: ${problem}`);
  }
}

export interface CheckedCsr {
  publicKey: KeyObject;
  modulusBits: number;
  /** SHA-256 of the CSR's DER: the same request key must come with the same CSR. */
  fingerprint: string;
}

const RSA_SIGNATURE_HASH: Record<string, string> = {
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
};
const WEAK_RSA_SIGNATURES = new Set(['1.2.840.113549.1.1.4', '1.2.840.113549.1.1.5']);
const MAX_CSR_PEM_LENGTH = 16_384;

function csrDer(pem: string): Buffer {
  if (typeof pem !== 'string' || pem.length > MAX_CSR_PEM_LENGTH) throw new CsrRejected('malformed');
  const match = /-----BEGIN (?:NEW )?CERTIFICATE REQUEST-----([A-Za-z0-9+/=\s]+)-----END (?:NEW )?CERTIFICATE REQUEST-----/.exec(pem);
  if (!match) throw new CsrRejected('malformed');
  return Buffer.from(match[1].replace(/\s+/g, ''), 'base64');
}

/**
 * Proof of possession and key policy for a PKCS#10 request, all with native crypto: the request's
 * own signature must verify with its public key, which must be RSA of an allowed size.
 */
export function checkCsr(pem: string, allowedBits: readonly number[]): CheckedCsr {
  const der = csrDer(pem);
  let info: Buffer, spki: Buffer, signatureOid: string, signature: Buffer;
  try {
    const [infoElement, algorithm, signatureElement] = children(expectTag(readRoot(der), Tag.SEQUENCE));
    const infoParts = children(expectTag(infoElement, Tag.SEQUENCE));
    expectTag(infoParts[0], Tag.INTEGER);
    expectTag(infoParts[1], Tag.SEQUENCE);
    info = bytesOf(infoElement);
    spki = bytesOf(expectTag(infoParts[2], Tag.SEQUENCE));
    signatureOid = readOid(children(expectTag(algorithm, Tag.SEQUENCE))[0]);
    signature = readBitString(signatureElement);
  } catch (error) {
    if (error instanceof DerError || error instanceof TypeError) throw new CsrRejected('malformed');
    throw error;
  }
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  } catch {
    throw new CsrRejected('malformed');
  }
  if (publicKey.asymmetricKeyType !== 'rsa') throw new CsrRejected('unsupported_key', { type: publicKey.asymmetricKeyType ?? 'unknown' });
  const modulusBits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
  if (!allowedBits.includes(modulusBits)) throw new CsrRejected('key_size', { bits: modulusBits, allowed: allowedBits.join(', ') });
  if (publicKey.asymmetricKeyDetails?.publicExponent !== 65537n) throw new CsrRejected('unsupported_key', { type: 'rsa-exponent' });
  if (WEAK_RSA_SIGNATURES.has(signatureOid)) throw new CsrRejected('weak_signature_algorithm');
  const hash = RSA_SIGNATURE_HASH[signatureOid];
  if (!hash) throw new CsrRejected('bad_signature');
  if (!verify(hash, info, publicKey, signature)) throw new CsrRejected('bad_signature');
  return { publicKey, modulusBits, fingerprint: createHash('sha256').update(der).digest('hex') };
}
