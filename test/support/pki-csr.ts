import forge from 'node-forge';
import { generateKeyPairSync } from 'node:crypto';

/** CSR helpers without any application dependency (also used by bench/pki.bench.ts). */

export interface TestCsr {
  csrPem: string;
  privateKeyPem: string;
}

/** An RSA key made natively (as a browser's WebCrypto would), in PKCS#8 PEM. */
export function makeRsaKeyForTest(bits = 2048): string {
  return generateKeyPairSync('rsa', { modulusLength: bits }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
}

/**
 * A PKCS#10 request made with node-forge, as the browser client does; the subject it asks for is
 * deliberately not the holder's (the CA must ignore it).
 */
export function makeCsrForTest(options: { bits?: number; privateKeyPem?: string; commonName?: string } = {}): TestCsr {
  const privateKeyPem = options.privateKeyPem ?? makeRsaKeyForTest(options.bits ?? 2048);
  const privateKey = forge.pki.privateKeyFromPem(privateKeyPem) as forge.pki.rsa.PrivateKey;
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e);
  csr.setSubject([
    { name: 'commonName', value: options.commonName ?? 'Requested Name Ignored' },
    { name: 'organizationName', value: 'Whatever Ltd' },
  ]);
  csr.sign(privateKey, forge.md.sha256.create());
  return { csrPem: forge.pki.certificationRequestToPem(csr), privateKeyPem };
}

/** The same request with one bit of its signature flipped (proof of possession fails). */
export function tamperCsrSignature(csrPem: string): string {
  const der = Buffer.from(csrPem.replace(/-----[^-]+-----|\s+/g, ''), 'base64');
  der[der.length - 5] ^= 0x01;
  const lines = der.toString('base64').match(/.{1,64}/g)!;
  return `-----BEGIN CERTIFICATE REQUEST-----\n${lines.join('\n')}\n-----END CERTIFICATE REQUEST-----\n`;
}
