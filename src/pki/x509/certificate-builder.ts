import forge from 'node-forge';
import { randomBytes, sign, type KeyObject } from 'node:crypto';
import { signedStructure } from '../asn1/der.js';
import { forgeRsaPublicKey, tbsCertificateDer, type CertificateSpec, type NameAttribute, type TbsRequest } from './tbs-encoder.js';
import { tbsEncoderPool } from './tbs-encoder-pool.js';

export { tbsCertificateDer, type CertificateSpec, type NameAttribute };

export const utf8Attribute = (type: string, value: string): NameAttribute => ({ type, value, valueTagClass: forge.asn1.Type.UTF8 });
export const printableAttribute = (type: string, value: string): NameAttribute => ({
  type,
  value,
  valueTagClass: forge.asn1.Type.PRINTABLESTRING,
});

export const NameOid = {
  country: '2.5.4.6',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  givenName: '2.5.4.42',
  serialNumber: '2.5.4.5',
  organizationIdentifier: '2.5.4.97',
  locality: '2.5.4.7',
} as const;

/** A positive 128-bit serial (the first byte 0x40–0x7f: always 16 bytes, never negative), as lowercase hex. */
export function randomSerialHex(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] & 0x3f) | 0x40;
  return bytes.toString('hex');
}

/** Native RSA PKCS#1 v1.5 SHA-256 signature, computed on libuv's thread pool (never on the event loop). */
export function nativeSign(data: Buffer, key: KeyObject): Promise<Buffer> {
  return new Promise((resolve, reject) => sign('sha256', data, key, (error, signature) => (error ? reject(error) : resolve(signature))));
}

/** Builds with forge, signs natively with `issuerKey`, and assembles the certificate. */
export async function issueCertificate(spec: CertificateSpec, issuerKey: KeyObject): Promise<{ der: Buffer; pem: string }> {
  const tbs = tbsCertificateDer(spec);
  const der = signedStructure(tbs, await nativeSign(tbs, issuerKey));
  return { der, pem: derToPem(der, 'CERTIFICATE') };
}

/**
 * The same certificate as `issueCertificate`, without holding the event loop: the TBSCertificate is
 * encoded and signed on a worker thread of lower priority (tbs-encoder-pool).
 */
export async function issueCertificateOffLoop(
  spec: Omit<CertificateSpec, 'publicKey'> & { publicKey: KeyObject },
  issuerKey: KeyObject,
): Promise<{ der: Buffer; pem: string }> {
  const { n, e } = spec.publicKey.export({ format: 'jwk' });
  const request: TbsRequest = { ...spec, publicKey: { n: n!, e: e! } };
  const { tbs, signature } = await tbsEncoderPool.encode(request, issuerKey);
  const der = signedStructure(tbs, signature!);
  return { der, pem: derToPem(der, 'CERTIFICATE') };
}

export function derToPem(der: Buffer, label: string): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export function pemToDer(pem: string, label: string): Buffer {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
  if (!match) throw new Error(`no ${label} PEM block`);
  return Buffer.from(match[1].replace(/\s+/g, ''), 'base64');
}

/** A forge RSA public key from a native one (for the TBSCertificate's SubjectPublicKeyInfo). */
export function forgePublicKey(publicKey: KeyObject): forge.pki.rsa.PublicKey {
  const { n, e } = publicKey.export({ format: 'jwk' });
  return forgeRsaPublicKey({ n: n!, e: e! });
}

/** Renders a name like OpenSSL's RFC 2253 output (most specific first). */
export function distinguishedName(attributes: NameAttribute[]): string {
  const short: Record<string, string> = {
    [NameOid.country]: 'C',
    [NameOid.organization]: 'O',
    [NameOid.organizationalUnit]: 'OU',
    [NameOid.commonName]: 'CN',
    [NameOid.surname]: 'SN',
    [NameOid.givenName]: 'GN',
    [NameOid.serialNumber]: 'serialNumber',
    [NameOid.organizationIdentifier]: 'organizationIdentifier',
    [NameOid.locality]: 'L',
  };
  const escape = (value: string) => value.replace(/([,+"\\<>;=])/g, '\\$1');
  return [...attributes]
    .reverse()
    .map((attribute) => `${short[attribute.type] ?? attribute.type}=${escape(attribute.value)}`)
    .join(',');
}
