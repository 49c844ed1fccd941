import { z } from 'zod';
import { developmentSecret, type DomainConfigContext } from './domain-config-context.js';

/**
 * The development arc: under IANA's enterprise number 32473, reserved for documentation and
 * examples (RFC 5612), so it can never collide with a real policy. Production sets the city's own arc.
 */
export const DEVELOPMENT_POLICY_ARC = '1.3.6.1.4.1.32473.14';

const DEVELOPMENT_KEY_PASSPHRASE = developmentSecret('development-only-pki-key-passphrase');

/** Environment variables of the pki domain (validated with the rest in buildConfig). */
export const pkiEnvironment = z.object({
  /** Encrypts the CA, OCSP and office private keys at rest (PKCS#8, AES-256). Required in production. */
  PKI_KEY_PASSPHRASE: z.string().min(16).optional(),
  /** Arc of the certificate policy OIDs, one per identification method (`<arc>.1` eID, `.2` video, `.3` in person). */
  PKI_POLICY_OID_ARC: z
    .string()
    .regex(/^[0-2](\.(0|[1-9]\d*)){1,40}$/, 'must be an OID in dotted decimal notation, e.g. 1.3.6.1.4.1.99999.1')
    .max(200)
    .default(DEVELOPMENT_POLICY_ARC),
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
  /** Certificate policy OIDs per identification method, written into every person certificate (RFC 5280 §4.2.1.4). */
  policyOids: { eid: string; video: string; in_person: string };
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
  if (context.isProduction && env.PKI_POLICY_OID_ARC === DEVELOPMENT_POLICY_ARC) {
    context.problems.push({ variable: 'PKI_POLICY_OID_ARC', problem: 'is required in production (the city’s own OID arc)' });
  }
  if (context.isProduction && !env.PKI_KEY_PASSPHRASE) {
    context.problems.push({ variable: 'PKI_KEY_PASSPHRASE', problem: 'is required in production' });
  }
  const base = context.publicUrl.replace(/\/+$/, '');
  return {
    keyPassphrase: env.PKI_KEY_PASSPHRASE ?? DEVELOPMENT_KEY_PASSPHRASE,
    policyOids: {
      eid: `${env.PKI_POLICY_OID_ARC}.1`,
      video: `${env.PKI_POLICY_OID_ARC}.2`,
      in_person: `${env.PKI_POLICY_OID_ARC}.3`,
    },
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
