import { createHash, type KeyObject } from 'node:crypto';
import { booleanValue, explicit, implicitPrimitive, octetString, oid, sequence, smallInteger, tlv, Tag } from '../asn1/der.js';

/** An extension as node-forge takes it when the value is already encoded (`value`: DER as a binary string). */
export interface ForgeExtension {
  id: string;
  critical: boolean;
  value: string;
}

export const OID = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  crlDistributionPoints: '2.5.29.31',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
  ocspAccess: '1.3.6.1.5.5.7.48.1',
  caIssuersAccess: '1.3.6.1.5.5.7.48.2',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  documentSigningMicrosoft: '1.3.6.1.4.1.311.10.3.12',
  documentSigning: '1.3.6.1.5.5.7.3.36',
  organizationIdentifier: '2.5.4.97',
  certificatePolicies: '2.5.29.32',
} as const;

const extension = (id: string, critical: boolean, value: Buffer): ForgeExtension => ({ id, critical, value: value.toString('binary') });

export function basicConstraints(ca: boolean, pathLength?: number): ForgeExtension {
  const parts = ca ? [booleanValue(true), ...(pathLength === undefined ? [] : [smallInteger(pathLength)])] : [];
  return extension(OID.basicConstraints, true, sequence(...parts));
}

/** RFC 5280 key usage bits, numbered as in the standard. */
export const KeyUsageBit = { digitalSignature: 0, nonRepudiation: 1, keyEncipherment: 2, keyCertSign: 5, cRLSign: 6 } as const;

export function keyUsage(bits: number[]): ForgeExtension {
  const bytes = Buffer.alloc(bits.some((bit) => bit >= 8) ? 2 : 1);
  for (const bit of bits) bytes[bit >> 3] |= 0x80 >> (bit & 7);
  const highest = Math.max(...bits);
  const unused = 7 - (highest & 7);
  return extension(OID.keyUsage, true, tlv(Tag.BIT_STRING, Buffer.concat([Buffer.from([unused]), bytes.subarray(0, (highest >> 3) + 1)])));
}

export function extendedKeyUsage(purposes: string[]): ForgeExtension {
  return extension(OID.extKeyUsage, false, sequence(...purposes.map(oid)));
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING's value (the PKCS#1 RSAPublicKey). */
export function keyIdentifierOf(publicKey: KeyObject): Buffer {
  return createHash('sha1')
    .update(publicKey.export({ type: 'pkcs1', format: 'der' }))
    .digest();
}

export function subjectKeyIdentifier(keyId: Buffer): ForgeExtension {
  return extension(OID.subjectKeyIdentifier, false, octetString(keyId));
}

export function authorityKeyIdentifier(keyId: Buffer): ForgeExtension {
  return extension(OID.authorityKeyIdentifier, false, sequence(implicitPrimitive(0, keyId)));
}

export function crlDistributionPoint(url: string): ForgeExtension {
  // DistributionPoint { distributionPoint [0] { fullName [0] { uniformResourceIdentifier [6] } } }
  const fullName = tlv(0xa0, tlv(0x86, Buffer.from(url, 'ascii')));
  return extension(OID.crlDistributionPoints, false, sequence(sequence(explicit(0, fullName))));
}

export function authorityInfoAccess(access: { ocsp?: string; caIssuers?: string }): ForgeExtension {
  const descriptions: Buffer[] = [];
  if (access.ocsp) descriptions.push(sequence(oid(OID.ocspAccess), tlv(0x86, Buffer.from(access.ocsp, 'ascii'))));
  if (access.caIssuers) descriptions.push(sequence(oid(OID.caIssuersAccess), tlv(0x86, Buffer.from(access.caIssuers, 'ascii'))));
  return extension(OID.authorityInfoAccess, false, sequence(...descriptions));
}

/** RFC 5280 §4.2.1.4: certificatePolicies ::= SEQUENCE OF PolicyInformation { policyIdentifier } (no qualifiers). */
export function certificatePolicies(policyOids: string[]): ForgeExtension {
  return extension(OID.certificatePolicies, false, sequence(...policyOids.map((policy) => sequence(oid(policy)))));
}
