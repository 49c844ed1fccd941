import forge from 'node-forge';

const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
export const MODULUS_LENGTH = 3072;

/**
 * A new key pair made by the browser, with the CSR it signed. The extractable PKCS#8 stays in
 * this object only until the PKCS#12 file is saved and the non-extractable copy is stored.
 */
export interface PendingKey {
  csrPem: string;
  pkcs8: Uint8Array;
}

const binary = (bytes: Uint8Array): string => {
  let text = '';
  for (let index = 0; index < bytes.length; index += 0x8000) text += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return text;
};

function forgeKeyOf(pkcs8: Uint8Array): forge.pki.rsa.PrivateKey {
  return forge.pki.privateKeyFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(binary(pkcs8)))) as forge.pki.rsa.PrivateKey;
}

/** WebCrypto makes the key pair; node-forge builds the PKCS#10 request and signs it with the new key. */
export async function createKeyAndCsr(commonName: string): Promise<PendingKey> {
  const pair = await crypto.subtle.generateKey({ ...RSA, modulusLength: MODULUS_LENGTH, publicExponent: new Uint8Array([1, 0, 1]) }, true, [
    'sign',
    'verify',
  ]);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const privateKey = forgeKeyOf(pkcs8);
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e);
  // The CA builds the real subject from the verified identity; this one is only a placeholder.
  csr.setSubject([{ name: 'commonName', value: commonName }]);
  csr.sign(privateKey, forge.md.sha256.create());
  return { csrPem: forge.pki.certificationRequestToPem(csr), pkcs8 };
}

/** The non-extractable signing key kept in the browser (IndexedDB) for signing messages. */
export function nonExtractableSigningKey(pending: PendingKey): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', pending.pkcs8 as BufferSource, RSA, false, ['sign']);
}

/** A password-protected PKCS#12 (AES-256) with the key, the certificate and the city's chain. */
export function pkcs12Of(pending: PendingKey, certificatePem: string, chainPems: string[], password: string, friendlyName: string): Blob {
  const certificates = [certificatePem, ...chainPems].map((pem) => forge.pki.certificateFromPem(pem));
  const p12 = forge.pkcs12.toPkcs12Asn1(forgeKeyOf(pending.pkcs8), certificates, password, {
    algorithm: 'aes256',
    friendlyName,
    generateLocalKeyId: true,
  });
  const der = forge.asn1.toDer(p12).getBytes();
  return new Blob([Uint8Array.from(der, (character) => character.charCodeAt(0))], { type: 'application/x-pkcs12' });
}

/** Overwrites the extractable key material once it is no longer needed. */
export function discard(pending: PendingKey | null): void {
  pending?.pkcs8.fill(0);
}
