import forge from 'node-forge';
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { PkiConfig } from '../../config/domains/pki.config.js';
import { bytesOf, children, readRoot } from '../asn1/der.js';
import { IssuedCertificate, IssuedCertificateKind } from '../entities/issued-certificate.entity.js';
import { PkiAuthorityKey, PkiAuthorityRole } from '../entities/pki-authority-key.entity.js';
import {
  distinguishedName,
  forgePublicKey,
  issueCertificate,
  NameOid,
  pemToDer,
  printableAttribute,
  randomSerialHex,
  utf8Attribute,
  type NameAttribute,
} from '../x509/certificate-builder.js';
import { keyIdentifierOf } from '../x509/extensions.js';
import {
  backdated,
  createIssuingCertificate,
  createRootCertificate,
  endEntityExtensions,
  generateRsaKeyPair,
  type AuthorityUrls,
  type KeyPair,
} from './authority-certificates.js';

/** Serialises CA creation across processes (pg_advisory_xact_lock). */
const CA_CREATION_LOCK = 727_060_007;
const OFFICE_VALIDITY_YEARS = 3;

/** A CA or office key with everything issuance, CRL and OCSP need, decrypted once. */
export interface LoadedAuthority {
  role: PkiAuthorityRole;
  serialHex: string;
  certificatePem: string;
  certificateDer: Buffer;
  subject: NameAttribute[];
  /** The subject Name exactly as encoded (issuer of what this authority signs). */
  subjectNameDer: Buffer;
  publicKey: KeyObject;
  /** PKCS#1 RSAPublicKey: the subjectPublicKey BIT STRING's content (OCSP key hashes). */
  publicKeyDer: Buffer;
  keyId: Buffer;
  privateKey: KeyObject;
  notBefore: Date;
  notAfter: Date;
}

export const officeSubject = (caName: string): NameAttribute[] => [
  printableAttribute(NameOid.country, 'DE'),
  utf8Attribute(NameOid.locality, 'Bochum'),
  utf8Attribute(NameOid.organization, caName),
  utf8Attribute(NameOid.organizationalUnit, 'Amt für Wirtschaftsförderung'),
  utf8Attribute(NameOid.commonName, `${caName} – Amt für Wirtschaftsförderung`),
];

export function authorityUrls(config: PkiConfig): AuthorityUrls {
  return {
    crlUrl: config.crlUrl,
    ocspUrl: config.ocspUrl,
    rootCrlUrl: config.rootCrlUrl,
    rootCertificateUrl: config.rootCertificateUrl,
    issuingCertificateUrl: config.issuingCertificateUrl,
  };
}

export function loadAuthority(row: PkiAuthorityKey, passphrase: string): LoadedAuthority {
  const certificateDer = pemToDer(row.certificatePem, 'CERTIFICATE');
  const [tbs] = children(readRoot(certificateDer));
  const parts = children(tbs);
  // TBSCertificate: [0] version, serial, signature, issuer, validity, subject, …
  const subjectNameDer = Buffer.from(bytesOf(parts[5]));
  const parsed = forge.pki.certificateFromPem(row.certificatePem);
  const subject = parsed.subject.attributes.map((attribute) => ({
    type: attribute.type as string,
    value: attribute.value as string,
    valueTagClass: (attribute as unknown as { valueTagClass: number }).valueTagClass,
  }));
  const publicKey = new X509Certificate(certificateDer).publicKey;
  return {
    role: row.role,
    serialHex: row.serialHex,
    certificatePem: row.certificatePem,
    certificateDer,
    subject,
    subjectNameDer,
    publicKey,
    publicKeyDer: publicKey.export({ type: 'pkcs1', format: 'der' }),
    keyId: keyIdentifierOf(publicKey),
    privateKey: createPrivateKey({ key: row.encryptedPrivateKey, format: 'pem', passphrase }),
    notBefore: row.notBefore,
    notAfter: row.notAfter,
  };
}

const encrypt = (key: KeyObject, passphrase: string) =>
  key.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase }) as string;

/** Issues the office's certificate from the issuing CA and records it like any issued certificate. */
async function createOfficeKey(
  manager: EntityManager,
  config: PkiConfig,
  issuing: LoadedAuthority,
  keys: KeyPair,
  now: Date,
): Promise<void> {
  const subject = officeSubject(config.caName);
  const serialHex = randomSerialHex();
  const notBefore = backdated(now);
  const wanted = new Date(notBefore);
  wanted.setUTCFullYear(wanted.getUTCFullYear() + OFFICE_VALIDITY_YEARS);
  const notAfter = wanted > issuing.notAfter ? issuing.notAfter : wanted;
  const { pem } = await issueCertificate(
    {
      serialHex,
      issuer: issuing.subject,
      subject,
      publicKey: forgePublicKey(keys.publicKey),
      notBefore,
      notAfter,
      extensions: endEntityExtensions(keys.publicKey, issuing.keyId, authorityUrls(config)),
    },
    issuing.privateKey,
  );
  await manager.insert(PkiAuthorityKey, {
    role: PkiAuthorityRole.office_economic_development,
    certificatePem: pem,
    encryptedPrivateKey: encrypt(keys.privateKey, config.keyPassphrase),
    serialHex,
    notBefore,
    notAfter,
  });
  await manager.insert(IssuedCertificate, {
    serialHex,
    kind: IssuedCertificateKind.office,
    accountId: null,
    companyId: null,
    subjectDn: distinguishedName(subject),
    pem,
    notBefore,
    notAfter,
  });
}

/**
 * Creates the root CA (RSA 4096), the issuing CA (RSA 3072) and the economic development office's
 * signature key (RSA 3072) unless they exist. Returns whether anything was created.
 */
export async function createAuthoritiesIfMissing(dataSource: DataSource, config: PkiConfig): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [CA_CREATION_LOCK]);
    const existing = await manager.find(PkiAuthorityKey);
    const has = (role: PkiAuthorityRole) => existing.some((row) => row.role === role);
    if (has(PkiAuthorityRole.root) && has(PkiAuthorityRole.issuing) && has(PkiAuthorityRole.office_economic_development)) return false;
    if (has(PkiAuthorityRole.root) !== has(PkiAuthorityRole.issuing)) throw new Error('PKI: root and issuing CA must exist together');
    const now = new Date();
    let issuingRow = existing.find((row) => row.role === PkiAuthorityRole.issuing);
    const officeKeysPromise = generateRsaKeyPair(3072);
    if (!issuingRow) {
      const [rootKeys, issuingKeys] = await Promise.all([generateRsaKeyPair(4096), generateRsaKeyPair(3072)]);
      const root = await createRootCertificate(rootKeys, config.caName, config.rootValidityYears, now);
      const issuing = await createIssuingCertificate(
        issuingKeys,
        { subject: root.subject, publicKey: rootKeys.publicKey, privateKey: rootKeys.privateKey, notAfter: root.notAfter },
        config.caName,
        config.issuingValidityYears,
        authorityUrls(config),
        now,
      );
      await manager.insert(PkiAuthorityKey, {
        role: PkiAuthorityRole.root,
        certificatePem: root.pem,
        encryptedPrivateKey: encrypt(rootKeys.privateKey, config.keyPassphrase),
        serialHex: root.serialHex,
        notBefore: root.notBefore,
        notAfter: root.notAfter,
      });
      issuingRow = manager.create(PkiAuthorityKey, {
        role: PkiAuthorityRole.issuing,
        certificatePem: issuing.pem,
        encryptedPrivateKey: encrypt(issuingKeys.privateKey, config.keyPassphrase),
        serialHex: issuing.serialHex,
        notBefore: issuing.notBefore,
        notAfter: issuing.notAfter,
      });
      await manager.insert(PkiAuthorityKey, issuingRow);
    }
    await createOfficeKey(manager, config, loadAuthority(issuingRow, config.keyPassphrase), await officeKeysPromise, now);
    return true;
  });
}
