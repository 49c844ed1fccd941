import forge from 'node-forge';

/**
 * Detached CMS SignedData (RFC 5652) made with a WebCrypto key that never leaves the browser:
 * node-forge only assembles the ASN.1; the signature over the signed attributes (content type,
 * signing time, message digest) comes from `crypto.subtle.sign` with RSASSA-PKCS1-v1_5 / SHA-256.
 */
const { asn1 } = forge;
const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
};

const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;
const binary = (bytes: Uint8Array): string => {
  let text = '';
  for (let index = 0; index < bytes.length; index += 0x8000) text += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return text;
};
const toBytes = (text: string): Uint8Array => Uint8Array.from(text, (character) => character.charCodeAt(0));
const oid = (value: string) => asn1.create(U, T.OID, false, asn1.oidToDer(value).getBytes());
const algorithm = (value: string) => asn1.create(U, T.SEQUENCE, true, [oid(value), asn1.create(U, T.NULL, false, '')]);
const der = (node: forge.asn1.Asn1) => asn1.toDer(node).getBytes();

export function pemToDer(pem: string): Uint8Array {
  const base64 = pem.replace(/-----(BEGIN|END) [^-]+-----/g, '').replace(/\s+/g, '');
  return toBytes(atob(base64));
}

function attribute(type: string, value: forge.asn1.Asn1) {
  return asn1.create(U, T.SEQUENCE, true, [oid(type), asn1.create(U, T.SET, true, [value])]);
}

/** DER orders the members of a SET OF by their encodings (X.690 11.6); verifiers re-encode so. */
function derSorted(nodes: forge.asn1.Asn1[]): forge.asn1.Asn1[] {
  return nodes
    .map((node) => ({ node, encoded: der(node) }))
    .sort((a, b) => (a.encoded < b.encoded ? -1 : a.encoded > b.encoded ? 1 : 0))
    .map(({ node }) => node);
}

export type RawSigner = (data: Uint8Array) => Promise<Uint8Array>;

/** A signer for a non-extractable WebCrypto RSASSA-PKCS1-v1_5 key. */
export function webCryptoSigner(key: CryptoKey): RawSigner {
  return async (data) => new Uint8Array(await crypto.subtle.sign({ name: 'RSASSA-PKCS1-v1_5' }, key, data as BufferSource));
}

export async function signDetached(
  content: Uint8Array,
  sign: RawSigner,
  signerCertificatePem: string,
  chainPems: string[] = [],
  signingTime: Date = new Date(),
): Promise<Uint8Array> {
  const certificates = [signerCertificatePem, ...chainPems].map((pem) => asn1.fromDer(forge.util.createBuffer(binary(pemToDer(pem)))));
  const tbs = certificates[0].value[0] as forge.asn1.Asn1;
  const tbsParts = tbs.value as forge.asn1.Asn1[];
  const offset = tbsParts[0].tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  const serial = tbsParts[offset];
  const issuer = tbsParts[offset + 2];

  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', content as BufferSource));
  const attributes = derSorted([
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.signingTime, asn1.create(U, T.UTCTIME, false, asn1.dateToUtcTime(signingTime))),
    attribute(OID.messageDigest, asn1.create(U, T.OCTETSTRING, false, binary(digest))),
  ]);
  const signedAttributesSet = asn1.create(U, T.SET, true, attributes);
  const signature = await sign(toBytes(der(signedAttributesSet)));

  const signerInfo = asn1.create(U, T.SEQUENCE, true, [
    asn1.create(U, T.INTEGER, false, asn1.integerToDer(1).getBytes()),
    asn1.create(U, T.SEQUENCE, true, [issuer, serial]),
    algorithm(OID.sha256),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attributes),
    algorithm(OID.rsaEncryption),
    asn1.create(U, T.OCTETSTRING, false, binary(signature)),
  ]);
  const signedData = asn1.create(U, T.SEQUENCE, true, [
    asn1.create(U, T.INTEGER, false, asn1.integerToDer(1).getBytes()),
    asn1.create(U, T.SET, true, [algorithm(OID.sha256)]),
    asn1.create(U, T.SEQUENCE, true, [oid(OID.data)]),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, certificates),
    asn1.create(U, T.SET, true, [signerInfo]),
  ]);
  const contentInfo = asn1.create(U, T.SEQUENCE, true, [
    oid(OID.signedData),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData]),
  ]);
  return toBytes(der(contentInfo));
}
