import { createHash, type KeyObject } from 'node:crypto';
import {
  bytesOf,
  children,
  contentOf,
  DerError,
  explicit,
  expectTag,
  generalizedTime,
  octetString,
  oid,
  readElement,
  readOid,
  readRoot,
  sequence,
  signedStructure,
  smallInteger,
  Tag,
  tlv,
  type Element,
} from '../asn1/der.js';
import { nativeSign } from '../x509/certificate-builder.js';
import { CRL_REASON_CODE, type RevocationReason } from './revocation-reason.js';

/** RFC 6960 §4.2.1 OCSPResponseStatus. */
export enum OcspResponseStatus {
  successful = 0,
  malformedRequest = 1,
  internalError = 2,
  tryLater = 3,
  unauthorized = 6,
}

const OCSP_BASIC = '1.3.6.1.5.5.7.48.1.1';
const OCSP_NONCE = '1.3.6.1.5.5.7.48.1.2';
const HASH_OF_OID: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
/** Answering for more certificates in one request is allowed but bounded. */
export const MAX_OCSP_REQUESTS = 20;

export interface OcspSingleRequest {
  /** The CertID exactly as the client sent it; echoed in the response. */
  certIdDer: Buffer;
  /** Node's name of the hash, or null when the client used one we do not support. */
  hash: string | null;
  issuerNameHash: Buffer;
  issuerKeyHash: Buffer;
  serialHex: string;
}

export interface ParsedOcspRequest {
  requests: OcspSingleRequest[];
  /** The nonce extension (a whole Extension), echoed in the response (RFC 8954). */
  nonceExtension: Buffer | null;
}

export class OcspMalformed extends Error {}

/** Lowercase hex without leading zero bytes: how serials are stored. */
export function normaliseSerialHex(serial: Buffer | string): string {
  const hex = (typeof serial === 'string' ? serial : serial.toString('hex'))
    .toLowerCase()
    .replace(/^0x/, '')
    .replace(/[^0-9a-f]/g, '');
  const trimmed = hex.replace(/^(00)+/, '');
  return trimmed.length % 2 === 1 ? `0${trimmed}` : trimmed;
}

function parseCertId(element: Element): OcspSingleRequest {
  const [algorithm, nameHash, keyHash, serial] = children(expectTag(element, Tag.SEQUENCE));
  const hashOid = readOid(children(expectTag(algorithm, Tag.SEQUENCE))[0]);
  return {
    certIdDer: Buffer.from(bytesOf(element)),
    hash: HASH_OF_OID[hashOid] ?? null,
    issuerNameHash: Buffer.from(contentOf(expectTag(nameHash, Tag.OCTET_STRING))),
    issuerKeyHash: Buffer.from(contentOf(expectTag(keyHash, Tag.OCTET_STRING))),
    serialHex: normaliseSerialHex(contentOf(expectTag(serial, Tag.INTEGER))),
  };
}

function findNonce(extensionsWrapper: Element): Buffer | null {
  const [extensions] = children(extensionsWrapper);
  for (const extension of children(expectTag(extensions, Tag.SEQUENCE))) {
    const [id] = children(expectTag(extension, Tag.SEQUENCE));
    if (readOid(id) === OCSP_NONCE) return Buffer.from(bytesOf(extension));
  }
  return null;
}

export function parseOcspRequest(der: Buffer): ParsedOcspRequest {
  try {
    const [tbsRequest] = children(expectTag(readRoot(der), Tag.SEQUENCE));
    let requestList: Element | undefined;
    let nonceExtension: Buffer | null = null;
    for (const part of children(expectTag(tbsRequest, Tag.SEQUENCE))) {
      if (part.tag === Tag.SEQUENCE) requestList = part;
      else if (part.tag === 0xa2) nonceExtension = findNonce(part);
    }
    const requests = children(expectTag(requestList, Tag.SEQUENCE)).map((request) =>
      parseCertId(children(expectTag(request, Tag.SEQUENCE))[0]),
    );
    if (requests.length === 0 || requests.length > MAX_OCSP_REQUESTS) throw new OcspMalformed('request count');
    return { requests, nonceExtension };
  } catch (error) {
    if (error instanceof DerError || error instanceof OcspMalformed || error instanceof TypeError) throw new OcspMalformed(String(error));
    throw error;
  }
}

export type OcspCertStatus = { status: 'good' } | { status: 'unknown' } | { status: 'revoked'; revokedAt: Date; reason: RevocationReason };

export interface OcspResponder {
  /** The responder's (issuing CA's) subject Name DER and PKCS#1 public key DER, to match CertIDs. */
  issuerNameDer: Buffer;
  issuerPublicKeyDer: Buffer;
  certificateDer: Buffer;
  privateKey: KeyObject;
}

/** Whether a CertID names our issuing CA (with whatever hash the client chose). */
export function isOurIssuer(request: OcspSingleRequest, responder: Pick<OcspResponder, 'issuerNameDer' | 'issuerPublicKeyDer'>): boolean {
  if (!request.hash) return false;
  return (
    createHash(request.hash).update(responder.issuerNameDer).digest().equals(request.issuerNameHash) &&
    createHash(request.hash).update(responder.issuerPublicKeyDer).digest().equals(request.issuerKeyHash)
  );
}

function certStatus(status: OcspCertStatus): Buffer {
  switch (status.status) {
    case 'good':
      return Buffer.from([0x80, 0]);
    case 'unknown':
      return Buffer.from([0x82, 0]);
    case 'revoked':
      return tlv(
        0xa1,
        Buffer.concat([generalizedTime(status.revokedAt), explicit(0, smallInteger(CRL_REASON_CODE[status.reason], Tag.ENUMERATED))]),
      );
  }
}

export function ocspErrorResponse(status: Exclude<OcspResponseStatus, OcspResponseStatus.successful>): Buffer {
  return sequence(smallInteger(status, Tag.ENUMERATED));
}

/** A successful response with a BasicOCSPResponse signed natively by the responder. */
export async function buildOcspResponse(
  responder: OcspResponder,
  answers: { request: OcspSingleRequest; status: OcspCertStatus }[],
  nonceExtension: Buffer | null,
  now: Date,
  validityMinutes: number,
): Promise<Buffer> {
  const producedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const nextUpdate = new Date(producedAt.getTime() + validityMinutes * 60_000);
  const responderKeyHash = createHash('sha1').update(responder.issuerPublicKeyDer).digest();
  const responses = answers.map(({ request, status }) =>
    sequence(request.certIdDer, certStatus(status), generalizedTime(producedAt), explicit(0, generalizedTime(nextUpdate))),
  );
  const responseData = sequence(
    explicit(2, octetString(responderKeyHash)),
    generalizedTime(producedAt),
    sequence(...responses),
    ...(nonceExtension ? [explicit(1, sequence(nonceExtension))] : []),
  );
  const signed = signedStructure(responseData, await nativeSign(responseData, responder.privateKey));
  // BasicOCSPResponse = signed structure plus `certs [0]`: rebuild the outer SEQUENCE with the certificate appended.
  const outer = readElement(signed);
  const basic = tlv(Tag.SEQUENCE, Buffer.concat([contentOf(outer), explicit(0, sequence(responder.certificateDer))]));
  const responseBytes = sequence(oid(OCSP_BASIC), octetString(basic));
  return sequence(smallInteger(OcspResponseStatus.successful, Tag.ENUMERATED), explicit(0, responseBytes));
}
