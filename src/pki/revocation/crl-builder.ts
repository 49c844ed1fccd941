import type { KeyObject } from 'node:crypto';
import {
  explicit,
  implicitPrimitive,
  octetString,
  oid,
  sequence,
  sha256WithRsaAlgorithm,
  signedStructure,
  smallInteger,
  Tag,
  unsignedInteger,
  x509Time,
} from '../asn1/der.js';
import { nativeSign } from '../x509/certificate-builder.js';
import { CRL_REASON_CODE, type RevocationReason } from './revocation-reason.js';

export interface RevokedEntry {
  serialHex: string;
  revokedAt: Date;
  reason: RevocationReason;
}

export interface CrlSpec {
  /** The issuer's Name exactly as encoded in its certificate's subject. */
  issuerNameDer: Buffer;
  issuerKeyId: Buffer;
  crlNumber: number;
  thisUpdate: Date;
  nextUpdate: Date;
  revoked: RevokedEntry[];
}

const extension = (id: string, value: Buffer) => sequence(oid(id), octetString(value));

function revokedEntry(entry: RevokedEntry): Buffer {
  const extensions = [extension('2.5.29.21', smallInteger(CRL_REASON_CODE[entry.reason], Tag.ENUMERATED))];
  return sequence(unsignedInteger(Buffer.from(entry.serialHex, 'hex')), x509Time(entry.revokedAt), sequence(...extensions));
}

/** A v2 CRL (RFC 5280 §5): CRL number, authority key identifier, reason codes; signed natively. */
export async function buildCrl(spec: CrlSpec, issuerKey: KeyObject): Promise<Buffer> {
  const parts = [smallInteger(1), sha256WithRsaAlgorithm(), spec.issuerNameDer, x509Time(spec.thisUpdate), x509Time(spec.nextUpdate)];
  if (spec.revoked.length > 0) parts.push(sequence(...spec.revoked.map(revokedEntry)));
  parts.push(
    explicit(
      0,
      sequence(
        extension('2.5.29.35', sequence(implicitPrimitive(0, spec.issuerKeyId))),
        extension('2.5.29.20', smallInteger(spec.crlNumber)),
      ),
    ),
  );
  const tbs = sequence(...parts);
  return signedStructure(tbs, await nativeSign(tbs, issuerKey));
}
