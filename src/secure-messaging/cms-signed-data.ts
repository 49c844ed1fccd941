import forge from 'node-forge';

const { asn1 } = forge;
type Node = forge.asn1.Asn1;

const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_CONTENT_TYPE = '1.2.840.113549.1.9.3';
const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';

const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** Signature algorithms whose hash comes from the signer info's digest algorithm (RSA PKCS#1 v1.5, ECDSA). */
const SIGNATURE_ALGORITHMS = new Set([
  '1.2.840.113549.1.1.1', // rsaEncryption
  '1.2.840.113549.1.1.5',
  '1.2.840.113549.1.1.11',
  '1.2.840.113549.1.1.12',
  '1.2.840.113549.1.1.13',
  '1.2.840.10045.4.3.2',
  '1.2.840.10045.4.3.3',
  '1.2.840.10045.4.3.4',
]);

export class CmsFormatError extends Error {}

/** The parts of a CMS SignedData (RFC 5652) with one signer that a verifier needs. */
export interface ParsedSignedData {
  /** Present for an attached signature (.p7m); absent for a detached one. */
  embeddedContent: Buffer | null;
  contentType: string;
  certificatesDer: Buffer[];
  signer: {
    issuerDer: Buffer | null;
    serialHex: string | null;
    subjectKeyIdentifier: Buffer | null;
    digestAlgorithm: string;
    signatureAlgorithm: string;
    signature: Buffer;
    /** The DER the signature covers when there are signed attributes (the SET, re-tagged). */
    signedAttributesDer: Buffer | null;
    messageDigest: Buffer | null;
    contentTypeAttribute: string | null;
    signingTime: Date | null;
  };
}

const bytes = (binary: string): Buffer => Buffer.from(binary, 'binary');
const der = (node: Node): Buffer => bytes(asn1.toDer(node).getBytes());

function expect(condition: unknown, what: string): asserts condition {
  if (!condition) throw new CmsFormatError(what);
}

function children(node: Node | undefined, what: string): Node[] {
  expect(node && Array.isArray(node.value), what);
  return node.value as Node[];
}

function oid(node: Node | undefined, what: string): string {
  expect(node && node.type === asn1.Type.OID && typeof node.value === 'string', what);
  return asn1.derToOid(node.value as string);
}

function isContext(node: Node | undefined, tag: number): boolean {
  return !!node && node.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === tag;
}

/** An OCTET STRING's bytes, also when BER split it into constructed pieces. */
function octets(node: Node): Buffer {
  if (typeof node.value === 'string') return bytes(node.value);
  return Buffer.concat((node.value as Node[]).map(octets));
}

function time(node: Node): Date {
  const value = node.value as string;
  if (node.type === asn1.Type.UTCTIME) return asn1.utcTimeToDate(value);
  if (node.type === asn1.Type.GENERALIZEDTIME) return asn1.generalizedTimeToDate(value);
  throw new CmsFormatError('signing time');
}

/** Accepts DER or PEM (PKCS7 / CMS armour, or bare base64). */
export function signatureBytes(input: Buffer): Buffer {
  const text = input.subarray(0, 64).toString('latin1');
  if (/^\s*-----BEGIN /.test(text) || /^[A-Za-z0-9+/=\s]+$/.test(input.toString('latin1'))) {
    const base64 = input
      .toString('latin1')
      .replace(/-----(BEGIN|END) [^-]+-----/g, '')
      .replace(/\s+/g, '');
    const decoded = Buffer.from(base64, 'base64');
    if (decoded.length > 0) return decoded;
  }
  return input;
}

export function parseSignedData(input: Buffer): ParsedSignedData {
  let root: Node;
  try {
    root = asn1.fromDer(forge.util.createBuffer(signatureBytes(input).toString('binary')), {
      strict: false,
      decodeBitStrings: false,
    } as unknown as boolean);
  } catch {
    throw new CmsFormatError('not ASN.1');
  }
  const [contentType, wrapped] = children(root, 'ContentInfo');
  expect(oid(contentType, 'content type') === OID_SIGNED_DATA, 'not SignedData');
  expect(isContext(wrapped, 0), 'SignedData wrapper');
  const signedData = children(wrapped, 'SignedData')[0];
  const parts = children(signedData, 'SignedData');
  const encap = children(parts[2], 'EncapsulatedContentInfo');
  const eContentType = oid(encap[0], 'eContentType');
  const embeddedContent = isContext(encap[1], 0) ? octets(children(encap[1], 'eContent')[0]) : null;

  let index = 3;
  const certificatesDer: Buffer[] = [];
  if (isContext(parts[index], 0)) {
    for (const certificate of children(parts[index], 'certificates')) {
      if (certificate.tagClass === asn1.Class.UNIVERSAL && certificate.type === asn1.Type.SEQUENCE) certificatesDer.push(der(certificate));
    }
    index++;
  }
  if (isContext(parts[index], 1)) index++;
  const signerInfos = children(parts[index], 'SignerInfos');
  expect(signerInfos.length === 1, 'exactly one signer');
  const info = children(signerInfos[0], 'SignerInfo');

  const sid = info[1];
  let issuerDer: Buffer | null = null;
  let serialHex: string | null = null;
  let subjectKeyIdentifier: Buffer | null = null;
  if (isContext(sid, 0)) {
    subjectKeyIdentifier = octets(sid!);
  } else {
    const [issuer, serial] = children(sid, 'IssuerAndSerialNumber');
    expect(issuer && serial && serial.type === asn1.Type.INTEGER, 'serial');
    issuerDer = der(issuer);
    serialHex = forge.util.bytesToHex(serial.value as string);
  }
  const digestAlgorithm = DIGESTS[oid(children(info[2], 'digestAlgorithm')[0], 'digest algorithm')];
  expect(digestAlgorithm, 'unsupported digest algorithm');

  let position = 3;
  let signedAttributesDer: Buffer | null = null;
  let messageDigest: Buffer | null = null;
  let contentTypeAttribute: string | null = null;
  let signingTime: Date | null = null;
  if (isContext(info[position], 0)) {
    const attributes = children(info[position], 'signed attributes');
    const asSet = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, attributes);
    signedAttributesDer = der(asSet);
    for (const attribute of attributes) {
      const [type, values] = children(attribute, 'attribute');
      const value = children(values, 'attribute values')[0];
      expect(value, 'attribute value');
      const attributeOid = oid(type, 'attribute type');
      if (attributeOid === OID_MESSAGE_DIGEST) messageDigest = octets(value);
      else if (attributeOid === OID_CONTENT_TYPE) contentTypeAttribute = oid(value, 'content type attribute');
      else if (attributeOid === OID_SIGNING_TIME) signingTime = time(value);
    }
    expect(messageDigest && contentTypeAttribute, 'signed attributes need content type and message digest');
    position++;
  }
  const signatureAlgorithm = oid(children(info[position], 'signatureAlgorithm')[0], 'signature algorithm');
  expect(SIGNATURE_ALGORITHMS.has(signatureAlgorithm), 'unsupported signature algorithm');
  const signatureNode = info[position + 1];
  expect(signatureNode && signatureNode.type === asn1.Type.OCTETSTRING, 'signature');

  return {
    embeddedContent,
    contentType: eContentType,
    certificatesDer,
    signer: {
      issuerDer,
      serialHex,
      subjectKeyIdentifier,
      digestAlgorithm,
      signatureAlgorithm,
      signature: octets(signatureNode),
      signedAttributesDer,
      messageDigest,
      contentTypeAttribute,
      signingTime,
    },
  };
}
