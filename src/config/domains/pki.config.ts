import { z } from 'zod';
import { developmentSecret, type DomainConfigContext } from './domain-config-context.js';

const DEVELOPMENT_KEY_PASSPHRASE = developmentSecret('development-only-pki-key-passphrase');

/** Environment variables of the pki domain (validated with the rest in buildConfig). */
export const pkiEnvironment = z.object({
  /** Encrypts the CA, OCSP and office private keys at rest (PKCS#8, AES-256). Required in production. */
  PKI_KEY_PASSPHRASE: z.string().min(16).optional(),
  /** Lowest level of assurance of the representative that may receive a certificate. */
  PKI_MIN_ASSURANCE: z.enum(['substantial', 'high']).default('high'),
  PKI_CERTIFICATE_VALIDITY_DAYS: z.coerce.number().int().min(1).max(1825).default(730),
  /** A new CSR while a certificate is active is accepted only in its last … days (renewal). */
  PKI_RENEWAL_WINDOW_DAYS: z.coerce.number().int().min(0).max(1825).default(60),
  PKI_CRL_VALIDITY_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  PKI_ROOT_VALIDITY_YEARS: z.coerce.number().int().min(1).max(40).default(20),
  PKI_ISSUING_VALIDITY_YEARS: z.coerce.number().int().min(1).max(30).default(10),
  PKI_CA_NAME: z.string().min(3).max(64).default('Stadt Bochum'),
});

export interface PkiConfig {
  keyPassphrase: string;
  minAssurance: 'substantial' | 'high';
  certificateValidityDays: number;
  renewalWindowDays: number;
  crlValidityHours: number;
  rootValidityYears: number;
  issuingValidityYears: number;
  /** Organisation name in the CA certificates' subjects. */
  caName: string;
  /** Outside production the CA is created on first start; production needs `npm run pki:init`. */
  createOnStart: boolean;
  /** Where certificates point for the CRL, OCSP and the issuer certificate. */
  crlUrl: string;
  ocspUrl: string;
  issuingCertificateUrl: string;
  rootCertificateUrl: string;
  /** The root CA's CRL (it revokes issuing CAs only). */
  rootCrlUrl: string;
}

export function pkiConfig(env: z.infer<typeof pkiEnvironment>, context: DomainConfigContext): PkiConfig {
  if (context.isProduction && !env.PKI_KEY_PASSPHRASE) {
    context.problems.push({ variable: 'PKI_KEY_PASSPHRASE', problem: 'is required in production' });
  }
  const base = context.publicUrl.replace(/\/+$/, '');
  return {
    keyPassphrase: env.PKI_KEY_PASSPHRASE ?? DEVELOPMENT_KEY_PASSPHRASE,
    minAssurance: env.PKI_MIN_ASSURANCE,
    certificateValidityDays: env.PKI_CERTIFICATE_VALIDITY_DAYS,
    renewalWindowDays: env.PKI_RENEWAL_WINDOW_DAYS,
    crlValidityHours: env.PKI_CRL_VALIDITY_HOURS,
    rootValidityYears: env.PKI_ROOT_VALIDITY_YEARS,
    issuingValidityYears: env.PKI_ISSUING_VALIDITY_YEARS,
    caName: env.PKI_CA_NAME,
    createOnStart: !context.isProduction,
    crlUrl: `${base}/pki/crl`,
    ocspUrl: `${base}/pki/ocsp`,
    // AIA caIssuers: DER certificates (RFC 5280 §4.2.2.1).
    issuingCertificateUrl: `${base}/pki/issuing.cer`,
    rootCertificateUrl: `${base}/pki/root.cer`,
    rootCrlUrl: `${base}/pki/root.crl`,
  };
}
