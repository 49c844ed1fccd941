// The TBSCertificate encoder (node-forge). It runs both in the app's thread and as the worker of
// TbsEncoderPool: this file imports nothing of the project at run time (only types), so a worker
// thread can load it as it is (compiled .js, or .ts by Node's type stripping in the tests).
import forge from 'node-forge';
import { sign, type KeyObject } from 'node:crypto';
import { setPriority } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ForgeExtension } from './extensions.js';

/** A distinguished-name attribute as node-forge encodes it (UTF8String unless told otherwise). */
export interface NameAttribute {
  type: string;
  value: string;
  valueTagClass: number;
}

export interface CertificateSpec {
  serialHex: string;
  issuer: NameAttribute[];
  subject: NameAttribute[];
  publicKey: forge.pki.rsa.PublicKey;
  notBefore: Date;
  notAfter: Date;
  extensions: ForgeExtension[];
}

/** A TBS specification that crosses a thread boundary: the RSA public key as its JWK modulus and exponent. */
export interface TbsRequest extends Omit<CertificateSpec, 'publicKey'> {
  publicKey: { n: string; e: string };
}

/** A forge RSA public key from the base64url modulus and exponent of its JWK. */
export function forgeRsaPublicKey({ n, e }: { n: string; e: string }): forge.pki.rsa.PublicKey {
  const toBigInteger = (base64url: string) => new forge.jsbn.BigInteger(Buffer.from(base64url, 'base64url').toString('hex'), 16);
  return forge.pki.setRsaPublicKey(toBigInteger(n), toBigInteger(e));
}

/** node-forge encodes the TBSCertificate; nothing of forge's RSA is used. */
export function tbsCertificateDer(spec: CertificateSpec): Buffer {
  const certificate = forge.pki.createCertificate();
  certificate.version = 2;
  certificate.serialNumber = spec.serialHex;
  certificate.siginfo.algorithmOid = forge.pki.oids.sha256WithRSAEncryption;
  certificate.signatureOid = forge.pki.oids.sha256WithRSAEncryption;
  // Attributes are set directly: no per-certificate DN hashing, and the issuer bytes stay exactly the CA's.
  certificate.issuer.attributes = spec.issuer as unknown as forge.pki.CertificateField[];
  certificate.subject.attributes = spec.subject as unknown as forge.pki.CertificateField[];
  certificate.validity.notBefore = spec.notBefore;
  certificate.validity.notAfter = spec.notAfter;
  certificate.publicKey = spec.publicKey;
  (certificate as unknown as { extensions: ForgeExtension[] }).extensions = spec.extensions;
  return Buffer.from(
    forge.asn1
      .toDer(
        (forge.pki as unknown as { getTBSCertificate(certificate: forge.pki.Certificate): forge.asn1.Asn1 }).getTBSCertificate(certificate),
      )
      .getBytes(),
    'binary',
  );
}

export const encodeTbsRequest = (request: TbsRequest): Buffer =>
  tbsCertificateDer({ ...request, publicKey: forgeRsaPublicKey(request.publicKey) });

/** The marker TbsEncoderPool starts its workers with. */
export const TBS_ENCODER_WORKER = 'bochum-eresidency:tbs-encoder';

/**
 * How much less the workers weigh than the event loop's thread (Linux nice values are per thread):
 * when both cores are busy signing, the scheduler still runs the event loop as soon as it wakes.
 */
export const WORKER_NICE = 10;

export interface TbsJob {
  id: number;
  request: TbsRequest;
  /** When given, the worker also signs the TBSCertificate (SHA-256 with RSA) with this key. */
  signingKey?: KeyObject;
}
export type TbsAnswer = { id: number; tbs: Uint8Array; signature?: Uint8Array } | { id: number; error: string };

if (!isMainThread && workerData === TBS_ENCODER_WORKER && parentPort) {
  const port = parentPort;
  try {
    setPriority(WORKER_NICE);
  } catch {
    // Lowering one's own priority is always allowed on Linux; elsewhere the worker runs as it is.
  }
  port.on('message', ({ id, request, signingKey }: TbsJob) => {
    try {
      // Copies of their own: an encoded Buffer may share Node's pool, which must not be transferred.
      const tbs = new Uint8Array(encodeTbsRequest(request));
      if (!signingKey) {
        port.postMessage({ id, tbs } satisfies TbsAnswer, [tbs.buffer]);
        return;
      }
      const signature = new Uint8Array(sign('sha256', tbs, signingKey));
      port.postMessage({ id, tbs, signature } satisfies TbsAnswer, [tbs.buffer, signature.buffer]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies TbsAnswer);
    }
  });
}
