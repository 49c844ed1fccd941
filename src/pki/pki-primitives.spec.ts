import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeCsrForTest, tamperCsrSignature } from '../../test/support/pki-csr.js';
import { openssl, scratchFiles } from '../../test/support/pki-openssl.js';
import {
  createIssuingCertificate,
  createRootCertificate,
  endEntityExtensions,
  generateRsaKeyPair,
} from './authority/authority-certificates.js';
import { checkCsr, CsrRejected } from './issuance/csr-check.js';
import { buildCrl } from './revocation/crl-builder.js';
import { buildOcspResponse, isOurIssuer, parseOcspRequest } from './revocation/ocsp-codec.js';
import { RevocationReason } from './revocation/revocation-reason.js';
import { bytesOf, children, readRoot } from './asn1/der.js';
import {
  forgePublicKey,
  issueCertificate,
  NameOid,
  printableAttribute,
  randomSerialHex,
  utf8Attribute,
} from './x509/certificate-builder.js';
import { keyIdentifierOf } from './x509/extensions.js';

const urls = {
  crlUrl: 'http://127.0.0.1:9/pki/crl',
  ocspUrl: 'http://127.0.0.1:9/pki/ocsp',
  rootCrlUrl: 'http://127.0.0.1:9/pki/root.crl',
  rootCertificateUrl: 'http://127.0.0.1:9/pki/root.cer',
  issuingCertificateUrl: 'http://127.0.0.1:9/pki/issuing.cer',
};

describe('CA primitives (forge builds, native crypto signs) accepted by openssl', () => {
  let files: string;
  let rootPem: string;
  let issuingPem: string;
  let certificatePem: string;
  let serialHex: string;
  let issuing: { nameDer: Buffer; keyId: Buffer; publicKeyDer: Buffer; der: Buffer; privateKey: import('node:crypto').KeyObject };

  beforeAll(async () => {
    const [rootKeys, issuingKeys] = await Promise.all([generateRsaKeyPair(2048), generateRsaKeyPair(2048)]);
    const root = await createRootCertificate(rootKeys, 'Stadt Bochum', 20);
    const issuingCertificate = await createIssuingCertificate(
      issuingKeys,
      { subject: root.subject, publicKey: rootKeys.publicKey, privateKey: rootKeys.privateKey, notAfter: root.notAfter },
      'Stadt Bochum',
      10,
      urls,
    );
    const { publicKey } = checkCsr(makeCsrForTest({ bits: 2048 }).csrPem, [2048, 3072]);
    serialHex = randomSerialHex();
    const subject = [
      printableAttribute(NameOid.country, 'FR'),
      utf8Attribute(NameOid.organization, 'Société Générale d’Essai SARL'),
      utf8Attribute(NameOid.organizationIdentifier, 'VATFR-12345678901'),
      utf8Attribute(NameOid.surname, 'Müller'),
      utf8Attribute(NameOid.givenName, 'Zoë'),
      printableAttribute(NameOid.serialNumber, 'BO-ABCDEF'),
      utf8Attribute(NameOid.commonName, 'Zoë Müller'),
    ];
    const issued = await issueCertificate(
      {
        serialHex,
        issuer: issuingCertificate.subject,
        subject,
        publicKey: forgePublicKey(publicKey),
        notBefore: new Date(Date.now() - 60_000),
        notAfter: new Date(Date.now() + 86_400_000),
        extensions: endEntityExtensions(publicKey, keyIdentifierOf(issuingKeys.publicKey), urls),
      },
      issuingKeys.privateKey,
    );
    rootPem = root.pem;
    issuingPem = issuingCertificate.pem;
    certificatePem = issued.pem;
    const tbs = children(children(readRoot(issuingCertificate.der))[0]);
    issuing = {
      nameDer: Buffer.from(bytesOf(tbs[5])),
      keyId: keyIdentifierOf(issuingKeys.publicKey),
      publicKeyDer: issuingKeys.publicKey.export({ type: 'pkcs1', format: 'der' }),
      der: issuingCertificate.der,
      privateKey: issuingKeys.privateKey,
    };
    files = scratchFiles({ 'root.pem': rootPem, 'issuing.pem': issuingPem, 'cert.pem': certificatePem, 'chain.pem': issuingPem + rootPem });
  });

  it('issues a chain that openssl verifies, with the profile’s extensions', async () => {
    const verified = await openssl(['verify', '-CAfile', 'root.pem', '-untrusted', 'issuing.pem', 'cert.pem'], files);
    expect(verified.output).toContain('cert.pem: OK');
    const text = (await openssl(['x509', '-in', 'cert.pem', '-noout', '-text', '-nameopt', 'utf8'], files)).output;
    expect(text).toMatch(/Digital Signature, Non Repudiation/);
    expect(text).toContain('E-mail Protection');
    expect(text).toContain('1.3.6.1.4.1.311.10.3.12');
    expect(text).toContain('URI:http://127.0.0.1:9/pki/crl');
    expect(text).toContain('OCSP - URI:http://127.0.0.1:9/pki/ocsp');
    expect(text).toContain('Zoë Müller');
    const issuingText = (await openssl(['x509', '-in', 'issuing.pem', '-noout', '-text'], files)).output;
    expect(issuingText).toMatch(/CA:TRUE, pathlen:0/);
    expect(issuingText).toMatch(/Certificate Sign, CRL Sign/);
  });

  it('builds a v2 CRL that openssl verifies, with reasons and the CRL number', async () => {
    const crl = await buildCrl(
      {
        issuerNameDer: issuing.nameDer,
        issuerKeyId: issuing.keyId,
        crlNumber: 7,
        thisUpdate: new Date(),
        nextUpdate: new Date(Date.now() + 3_600_000),
        revoked: [{ serialHex, revokedAt: new Date(), reason: RevocationReason.key_compromise }],
      },
      issuing.privateKey,
    );
    const dir = scratchFiles({ 'crl.der': crl, 'chain.pem': issuingPem + rootPem });
    const result = await openssl(['crl', '-inform', 'DER', '-in', 'crl.der', '-CAfile', 'chain.pem', '-noout', '-text'], dir);
    expect(result.output).toContain('verify OK');
    expect(result.output).toContain(serialHex.toUpperCase());
    expect(result.output).toContain('Key Compromise');
    expect(result.output).toMatch(/X509v3 CRL Number:\s*\n\s*7/);
  });

  it('answers an openssl OCSP request with a response openssl verifies (good, then revoked)', async () => {
    const made = await openssl(['ocsp', '-issuer', 'issuing.pem', '-cert', 'cert.pem', '-reqout', 'req.der'], files);
    expect(made.code).toBe(0);
    const request = parseOcspRequest(readFileSync(path.join(files, 'req.der')));
    expect(request.requests).toHaveLength(1);
    expect(request.requests[0].serialHex).toBe(serialHex);
    expect(request.nonceExtension).not.toBeNull();
    const responder = {
      issuerNameDer: issuing.nameDer,
      issuerPublicKeyDer: issuing.publicKeyDer,
      certificateDer: issuing.der,
      privateKey: issuing.privateKey,
    };
    expect(isOurIssuer(request.requests[0], responder)).toBe(true);
    for (const [status, expected] of [
      [{ status: 'good' as const }, 'cert.pem: good'],
      [{ status: 'revoked' as const, revokedAt: new Date(), reason: RevocationReason.cessation_of_operation }, 'cert.pem: revoked'],
    ] as const) {
      const response = await buildOcspResponse(
        responder,
        [{ request: request.requests[0], status }],
        request.nonceExtension,
        new Date(),
        10,
      );
      const dir = scratchFiles({
        'resp.der': response,
        'req.der': readFileSync(path.join(files, 'req.der')),
        'root.pem': rootPem,
        'issuing.pem': issuingPem,
        'cert.pem': certificatePem,
      });
      const checked = await openssl(
        ['ocsp', '-no_nonce', '-respin', 'resp.der', '-issuer', 'issuing.pem', '-cert', 'cert.pem', '-CAfile', 'root.pem'],
        dir,
      );
      expect(checked.output).toContain('Response verify OK');
      expect(checked.output).toContain(expected);
      if (status.status === 'revoked') expect(checked.output).toContain('cessationOfOperation');
    }
  });

  it('refuses CSRs with a broken signature, a wrong key size or garbage', async () => {
    const { csrPem } = makeCsrForTest({ bits: 2048 });
    const problem = (pem: string) => {
      try {
        checkCsr(pem, [2048, 3072]);
        return 'accepted';
      } catch (error) {
        return (error as CsrRejected).problem;
      }
    };
    expect(problem(csrPem)).toBe('accepted');
    expect(problem(tamperCsrSignature(csrPem))).toBe('bad_signature');
    expect(problem(makeCsrForTest({ bits: 1024 }).csrPem)).toBe('key_size');
    expect(problem('-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----')).toBe('malformed');
    expect(problem('not a csr')).toBe('malformed');
  });
});
