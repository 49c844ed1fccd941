import { X509Certificate, createHash, verify as verifySignature } from 'node:crypto';
import { CmsFormatError, parseSignedData, type ParsedSignedData } from './cms-signed-data.js';
import { SignatureVerdict } from './signature-verdict.js';

/** What the verifier needs from the city CA (pki's PkiTrustAnchors), a parameter so the verifier can be tested alone. */
export interface TrustAnchors {
  chainPems(): Promise<{ rootPem: string; issuingPem: string }>;
  statusOf(serialHex: string): Promise<{
    status: 'good' | 'revoked' | 'unknown';
    revokedAt?: Date;
    reason?: string;
    certificate?: { id: string; pem?: string; accountId: string | null; companyId: string | null };
  }>;
}

export interface SignerDetails {
  commonName: string | null;
  organization: string | null;
  serialHex: string;
  notBefore: Date;
  notAfter: Date;
  issuer: string;
  /** Our CA's record of the certificate, when it issued it. */
  accountId: string | null;
  companyId: string | null;
}

export interface VerificationResult {
  verdict: SignatureVerdict;
  /** A stable code saying why the verdict is not `valid`; null when it is. */
  reason: string | null;
  signer: SignerDetails | null;
  signingTime: Date | null;
  /** The time the certificate was checked at: the signing time, or `at` when the signature has none. */
  checkedAt: Date;
  certificateStatus: 'good' | 'revoked' | 'unknown' | null;
  revokedAt: Date | null;
  revocationReason: string | null;
  /** The signed bytes: the detached content given, or the content embedded in the signature. */
  content: Buffer | null;
}

export interface VerifyOptions {
  /** The content of a detached signature; omitted when the signature embeds it. */
  content?: Buffer | null;
  /** When the server received the signature (now for an upload); the signing time may not be later. */
  at: Date;
  clockSkewSeconds: number;
  /** How long before `at` the signing time may be; unlimited when omitted (public check of old documents). */
  signingWindowSeconds?: number;
}

const FAILURE = (reason: string, rest: Partial<VerificationResult> & { checkedAt: Date }): VerificationResult => ({
  verdict: SignatureVerdict.invalid,
  reason,
  signer: null,
  signingTime: null,
  certificateStatus: null,
  revokedAt: null,
  revocationReason: null,
  content: null,
  ...rest,
});

function dnPart(dn: string, key: string): string | null {
  for (const line of dn.split('\n')) {
    const separator = line.indexOf('=');
    if (line.slice(0, separator) === key) return line.slice(separator + 1);
  }
  return null;
}

/** Serial numbers as lower-case hex without leading zero bytes' ambiguity: the shortest even-length form. */
export function normaliseSerial(hex: string): string {
  let serial = hex.toLowerCase().replace(/^(00)+/, '');
  if (serial.length % 2 === 1) serial = `0${serial}`;
  return serial || '00';
}

/** The certificate named by the signer's issuer and serial number (a subject key identifier is not accepted). */
function findSignerCertificate(parsed: ParsedSignedData): X509Certificate | null {
  const { serialHex } = parsed.signer;
  if (!serialHex) return null;
  for (const certificateDer of parsed.certificatesDer) {
    try {
      const certificate = new X509Certificate(certificateDer);
      if (normaliseSerial(certificate.serialNumber) === normaliseSerial(serialHex)) return certificate;
    } catch {
      continue;
    }
  }
  return null;
}

/**
 * Verifies a CMS SignedData (detached or attached) made by a certificate of the city CA:
 * structure, message digest and signature; the chain to the city's root; the certificate's
 * validity at the signing time (which may not lie after `at`); and its revocation at that time.
 */
export async function verifyCmsSignature(signature: Buffer, anchors: TrustAnchors, options: VerifyOptions): Promise<VerificationResult> {
  const at = options.at;
  let parsed: ParsedSignedData;
  try {
    parsed = parseSignedData(signature);
  } catch (error) {
    if (error instanceof CmsFormatError) return FAILURE('malformed_signature', { checkedAt: at });
    throw error;
  }
  const content = options.content ?? parsed.embeddedContent;
  if (!content) return FAILURE('content_missing', { checkedAt: at });
  const { signer } = parsed;
  const signingTime = signer.signingTime;
  const checkedAt = signingTime ?? at;
  const base = { checkedAt, signingTime, content };

  // A signature without certificates (openssl -nocerts) names its signer only by serial: our CA may know it.
  let certificate = findSignerCertificate(parsed);
  if (!certificate && signer.serialHex) {
    const pem = (await anchors.statusOf(normaliseSerial(signer.serialHex))).certificate?.pem;
    if (pem) certificate = new X509Certificate(pem);
  }
  if (!certificate) return { ...FAILURE('signer_certificate_missing', base), verdict: SignatureVerdict.unknown_signer };

  // Message digest and signature value.
  const digest = createHash(signer.digestAlgorithm).update(content).digest();
  let signedBytes: Buffer = content;
  if (signer.signedAttributesDer) {
    if (!signer.messageDigest?.equals(digest)) return FAILURE('digest_mismatch', base);
    if (signer.contentTypeAttribute !== parsed.contentType) return FAILURE('content_type_mismatch', base);
    signedBytes = signer.signedAttributesDer;
  }
  let signatureOk: boolean;
  try {
    signatureOk = verifySignature(signer.digestAlgorithm, signedBytes, certificate.publicKey, signer.signature);
  } catch {
    signatureOk = false;
  }
  if (!signatureOk) return FAILURE('bad_signature', base);

  // Chain to the city's root.
  const { rootPem, issuingPem } = await anchors.chainPems();
  const issuing = new X509Certificate(issuingPem);
  const root = new X509Certificate(rootPem);
  const serialHex = normaliseSerial(certificate.serialNumber);
  const details: SignerDetails = {
    commonName: dnPart(certificate.subject, 'CN'),
    organization: dnPart(certificate.subject, 'O'),
    serialHex,
    notBefore: new Date(certificate.validFrom),
    notAfter: new Date(certificate.validTo),
    issuer: certificate.issuer,
    accountId: null,
    companyId: null,
  };
  const chained = certificate.checkIssued(issuing) && certificate.verify(issuing.publicKey) && issuing.verify(root.publicKey);
  if (!chained) return { ...FAILURE('not_issued_by_city_ca', { ...base, signer: details }), verdict: SignatureVerdict.unknown_signer };

  const status = await anchors.statusOf(serialHex);
  details.accountId = status.certificate?.accountId ?? null;
  details.companyId = status.certificate?.companyId ?? null;
  const statusPart = {
    ...base,
    signer: details,
    certificateStatus: status.status,
    revokedAt: status.revokedAt ?? null,
    revocationReason: status.reason ?? null,
  };
  if (status.status === 'unknown') return { ...FAILURE('unknown_serial', statusPart), verdict: SignatureVerdict.unknown_signer };

  // The signing time: not after the receipt, not before the signing window.
  if (signingTime) {
    if (signingTime.getTime() > at.getTime() + options.clockSkewSeconds * 1000) return FAILURE('signing_time_in_future', statusPart);
    if (options.signingWindowSeconds !== undefined && signingTime.getTime() < at.getTime() - options.signingWindowSeconds * 1000) {
      return FAILURE('signing_time_too_old', statusPart);
    }
  }
  if (checkedAt < details.notBefore || checkedAt > details.notAfter) return FAILURE('certificate_not_valid_at_signing_time', statusPart);
  if (status.status === 'revoked' && (!status.revokedAt || status.revokedAt <= checkedAt)) {
    return { ...statusPart, verdict: SignatureVerdict.revoked, reason: 'certificate_revoked' };
  }
  return { ...statusPart, verdict: SignatureVerdict.valid, reason: null };
}
