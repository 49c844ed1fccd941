import { generateKeyPair, type KeyObject } from 'node:crypto';
import {
  forgePublicKey,
  issueCertificate,
  NameOid,
  printableAttribute,
  randomSerialHex,
  utf8Attribute,
  type NameAttribute,
} from '../x509/certificate-builder.js';
import {
  authorityInfoAccess,
  authorityKeyIdentifier,
  basicConstraints,
  crlDistributionPoint,
  extendedKeyUsage,
  keyIdentifierOf,
  keyUsage,
  KeyUsageBit,
  OID,
  subjectKeyIdentifier,
} from '../x509/extensions.js';

export interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

export interface IssuedAuthorityCertificate {
  serialHex: string;
  subject: NameAttribute[];
  der: Buffer;
  pem: string;
  notBefore: Date;
  notAfter: Date;
}

export interface AuthorityUrls {
  crlUrl: string;
  ocspUrl: string;
  rootCrlUrl: string;
  rootCertificateUrl: string;
  issuingCertificateUrl: string;
}

/** RSA key generation on the thread pool (a 4096-bit key takes about a second). */
export function generateRsaKeyPair(bits: number): Promise<KeyPair> {
  return new Promise((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: bits, publicExponent: 0x10001 }, (error, publicKey, privateKey) =>
      error ? reject(error) : resolve({ publicKey, privateKey }),
    ),
  );
}

const addYears = (date: Date, years: number) => {
  const result = new Date(date);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
};

/** Back-dated a little so that clocks running slightly behind accept new certificates. */
export const backdated = (now: Date) => new Date(Math.floor(now.getTime() / 1000) * 1000 - 5 * 60_000);

export const rootSubject = (caName: string): NameAttribute[] => [
  printableAttribute(NameOid.country, 'DE'),
  utf8Attribute(NameOid.organization, caName),
  utf8Attribute(NameOid.commonName, `${caName} Root CA`),
];

export const issuingSubject = (caName: string): NameAttribute[] => [
  printableAttribute(NameOid.country, 'DE'),
  utf8Attribute(NameOid.organization, caName),
  utf8Attribute(NameOid.commonName, `${caName} Issuing CA`),
];

export async function createRootCertificate(
  keys: KeyPair,
  caName: string,
  years: number,
  now = new Date(),
): Promise<IssuedAuthorityCertificate> {
  const subject = rootSubject(caName);
  const keyId = keyIdentifierOf(keys.publicKey);
  const serialHex = randomSerialHex();
  const notBefore = backdated(now);
  const notAfter = addYears(notBefore, years);
  const { der, pem } = await issueCertificate(
    {
      serialHex,
      issuer: subject,
      subject,
      publicKey: forgePublicKey(keys.publicKey),
      notBefore,
      notAfter,
      extensions: [
        basicConstraints(true),
        keyUsage([KeyUsageBit.keyCertSign, KeyUsageBit.cRLSign]),
        subjectKeyIdentifier(keyId),
        authorityKeyIdentifier(keyId),
      ],
    },
    keys.privateKey,
  );
  return { serialHex, subject, der, pem, notBefore, notAfter };
}

export async function createIssuingCertificate(
  keys: KeyPair,
  root: { subject: NameAttribute[]; publicKey: KeyObject; privateKey: KeyObject; notAfter: Date },
  caName: string,
  years: number,
  urls: AuthorityUrls,
  now = new Date(),
): Promise<IssuedAuthorityCertificate> {
  const subject = issuingSubject(caName);
  const serialHex = randomSerialHex();
  const notBefore = backdated(now);
  const wanted = addYears(notBefore, years);
  const notAfter = wanted > root.notAfter ? root.notAfter : wanted;
  const { der, pem } = await issueCertificate(
    {
      serialHex,
      issuer: root.subject,
      subject,
      publicKey: forgePublicKey(keys.publicKey),
      notBefore,
      notAfter,
      extensions: [
        basicConstraints(true, 0),
        // digitalSignature: the issuing CA also signs OCSP responses itself.
        keyUsage([KeyUsageBit.digitalSignature, KeyUsageBit.keyCertSign, KeyUsageBit.cRLSign]),
        subjectKeyIdentifier(keyIdentifierOf(keys.publicKey)),
        authorityKeyIdentifier(keyIdentifierOf(root.publicKey)),
        crlDistributionPoint(urls.rootCrlUrl),
        authorityInfoAccess({ caIssuers: urls.rootCertificateUrl }),
      ],
    },
    root.privateKey,
  );
  return { serialHex, subject, der, pem, notBefore, notAfter };
}

/** The extensions every end-entity certificate of one issuing CA shares (all but the subject key identifier). */
export function endEntitySharedExtensions(
  issuingPublicKeyId: Buffer,
  urls: Pick<AuthorityUrls, 'crlUrl' | 'ocspUrl' | 'issuingCertificateUrl'>,
) {
  return {
    leading: [
      basicConstraints(false),
      keyUsage([KeyUsageBit.digitalSignature, KeyUsageBit.nonRepudiation]),
      extendedKeyUsage([OID.emailProtection, OID.documentSigningMicrosoft, OID.documentSigning]),
    ],
    trailing: [
      authorityKeyIdentifier(issuingPublicKeyId),
      crlDistributionPoint(urls.crlUrl),
      authorityInfoAccess({ ocsp: urls.ocspUrl, caIssuers: urls.issuingCertificateUrl }),
    ],
  };
}

/** Extensions of every end-entity signature certificate (persons and the authority's office). */
export function endEntityExtensions(
  subjectPublicKey: KeyObject,
  issuingPublicKeyId: Buffer,
  urls: Pick<AuthorityUrls, 'crlUrl' | 'ocspUrl' | 'issuingCertificateUrl'>,
  shared = endEntitySharedExtensions(issuingPublicKeyId, urls),
) {
  return [...shared.leading, subjectKeyIdentifier(keyIdentifierOf(subjectPublicKey)), ...shared.trailing];
}
