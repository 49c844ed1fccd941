import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { messageManifest } from './message-manifest.js';
import { SignatureVerdict } from './signature-verdict.js';
import { verifyCmsSignature, type TrustAnchors } from './signature-verifier.js';

const { pki } = forge;

function keyPair(): forge.pki.rsa.KeyPair {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forgeKey = pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
  return { privateKey: forgeKey, publicKey: pki.setRsaPublicKey(forgeKey.n, forgeKey.e) };
}

function certificate(
  subjectCn: string,
  keys: forge.pki.rsa.KeyPair,
  issuer: { cn: string; key: forge.pki.rsa.PrivateKey },
  serial: string,
  ca: boolean,
) {
  const cert = pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date(Date.now() - 3_600_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  cert.setSubject([
    { name: 'commonName', value: subjectCn },
    { name: 'organizationName', value: 'Example GmbH' },
  ]);
  cert.setIssuer([
    { name: 'commonName', value: issuer.cn },
    { name: 'organizationName', value: ca ? 'Stadt Bochum' : 'Example GmbH' },
  ]);
  cert.setExtensions([{ name: 'basicConstraints', cA: ca }]);
  cert.sign(issuer.key, forge.md.sha256.create());
  return cert;
}

const rootKeys = keyPair();
const issuingKeys = keyPair();
const signerKeys = keyPair();
const root = certificate('Root', rootKeys, { cn: 'Root', key: rootKeys.privateKey }, '01', true);
root.setIssuer(root.subject.attributes);
root.sign(rootKeys.privateKey, forge.md.sha256.create());
const issuing = certificate('Issuing', issuingKeys, { cn: 'Root', key: rootKeys.privateKey }, '02', true);
issuing.setIssuer(root.subject.attributes);
issuing.sign(rootKeys.privateKey, forge.md.sha256.create());
const signer = certificate('Erika Mustermann', signerKeys, { cn: 'Issuing', key: issuingKeys.privateKey }, '7a3f00c1d2e3f405', false);
signer.setIssuer(issuing.subject.attributes);
signer.sign(issuingKeys.privateKey, forge.md.sha256.create());

function anchors(status: Awaited<ReturnType<TrustAnchors['statusOf']>>): TrustAnchors & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    chainPems: async () => ({ rootPem: pki.certificateToPem(root), issuingPem: pki.certificateToPem(issuing) }),
    statusOf: async (serial) => {
      asked.push(serial);
      return status;
    },
  };
}

function sign(content: Buffer, cert: forge.pki.Certificate, key: forge.pki.rsa.PrivateKey, signingTime = new Date()): Buffer {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(content.toString('binary'));
  p7.addCertificate(cert);
  p7.addSigner({
    key,
    certificate: cert,
    digestAlgorithm: pki.oids.sha256,
    authenticatedAttributes: [
      { type: pki.oids.contentType, value: pki.oids.data },
      { type: pki.oids.messageDigest },
      { type: pki.oids.signingTime, value: signingTime as unknown as string },
    ],
  });
  p7.sign({ detached: true });
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
}

const content = messageManifest({
  companyId: '4b1c3c7e-5d7e-4a0b-9a44-2d6b1e0f9a11',
  subject: 'Antrag',
  body: 'Hallo\r\nWelt',
  attachments: [{ name: 'a.pdf', sha256: 'AB'.repeat(32) }],
});
const good = { status: 'good' as const, certificate: { id: 'c', accountId: 'a', companyId: 'b' } };
const options = { at: new Date(), clockSkewSeconds: 120, signingWindowSeconds: 900 };

describe('verifyCmsSignature', () => {
  it('accepts a detached signature by a certificate of the city CA and names the signer', async () => {
    const trust = anchors(good);
    const result = await verifyCmsSignature(sign(content, signer, signerKeys.privateKey), trust, { ...options, content });
    expect(result.verdict).toBe(SignatureVerdict.valid);
    expect(result.signer).toMatchObject({
      commonName: 'Erika Mustermann',
      organization: 'Example GmbH',
      serialHex: '7a3f00c1d2e3f405',
      accountId: 'a',
    });
    expect(trust.asked).toEqual(['7a3f00c1d2e3f405']);
  });

  it('accepts the same signature as PEM', async () => {
    const der = sign(content, signer, signerKeys.privateKey);
    const pem = Buffer.from(`-----BEGIN PKCS7-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END PKCS7-----\n`);
    expect((await verifyCmsSignature(pem, anchors(good), { ...options, content })).verdict).toBe(SignatureVerdict.valid);
  });

  it('finds changed content (message digest)', async () => {
    const signature = sign(content, signer, signerKeys.privateKey);
    const tampered = Buffer.from(content.toString().replace('Welt', 'Welt!'));
    const result = await verifyCmsSignature(signature, anchors(good), { ...options, content: tampered });
    expect(result).toMatchObject({ verdict: SignatureVerdict.invalid, reason: 'digest_mismatch' });
  });

  it('finds a signature value that does not belong to the signed attributes', async () => {
    const signature = sign(content, signer, signerKeys.privateKey);
    signature[signature.length - 5] ^= 0xff;
    expect((await verifyCmsSignature(signature, anchors(good), { ...options, content })).reason).toBe('bad_signature');
  });

  it('calls a certificate that is not from the city CA an unknown signer, without asking for its status', async () => {
    const strangerKeys = keyPair();
    const stranger = certificate('Self', strangerKeys, { cn: 'Self', key: strangerKeys.privateKey }, '7a3f00c1d2e3f405', false);
    const trust = anchors(good);
    const result = await verifyCmsSignature(sign(content, stranger, strangerKeys.privateKey), trust, { ...options, content });
    expect(result).toMatchObject({ verdict: SignatureVerdict.unknown_signer, reason: 'not_issued_by_city_ca' });
    expect(trust.asked).toEqual([]);
  });

  it('calls a serial the CA does not know an unknown signer', async () => {
    const result = await verifyCmsSignature(sign(content, signer, signerKeys.privateKey), anchors({ status: 'unknown' }), {
      ...options,
      content,
    });
    expect(result.verdict).toBe(SignatureVerdict.unknown_signer);
  });

  it('says revoked when the certificate was revoked before the signing time, valid when after', async () => {
    const signature = sign(content, signer, signerKeys.privateKey);
    const before = await verifyCmsSignature(
      signature,
      anchors({ ...good, status: 'revoked', revokedAt: new Date(Date.now() - 60_000), reason: 'keyCompromise' }),
      { ...options, content },
    );
    expect(before).toMatchObject({ verdict: SignatureVerdict.revoked, revocationReason: 'keyCompromise' });
    const after = await verifyCmsSignature(signature, anchors({ ...good, status: 'revoked', revokedAt: new Date(Date.now() + 60_000) }), {
      ...options,
      content,
    });
    expect(after.verdict).toBe(SignatureVerdict.valid);
  });

  it('refuses a signing time after the receipt or before the signing window', async () => {
    const future = sign(content, signer, signerKeys.privateKey, new Date(Date.now() + 600_000));
    expect((await verifyCmsSignature(future, anchors(good), { ...options, content })).reason).toBe('signing_time_in_future');
    const old = sign(content, signer, signerKeys.privateKey, new Date(Date.now() - 1_800_000));
    expect((await verifyCmsSignature(old, anchors(good), { ...options, content })).reason).toBe('signing_time_too_old');
  });

  it('finds the signer certificate at the CA when the signature carries none', async () => {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(content.toString('binary'));
    p7.addSigner({
      key: signerKeys.privateKey,
      certificate: signer,
      digestAlgorithm: pki.oids.sha256,
      authenticatedAttributes: [{ type: pki.oids.contentType, value: pki.oids.data }, { type: pki.oids.messageDigest }],
    });
    p7.sign({ detached: true });
    const bare = Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
    const known = await verifyCmsSignature(
      bare,
      anchors({ ...good, certificate: { ...good.certificate, pem: pki.certificateToPem(signer) } }),
      { ...options, content },
    );
    expect(known.verdict).toBe(SignatureVerdict.valid);
    const unknown = await verifyCmsSignature(bare, anchors({ status: 'unknown' }), { ...options, content });
    expect(unknown).toMatchObject({ verdict: SignatureVerdict.unknown_signer, reason: 'signer_certificate_missing' });
  });

  it('says invalid for bytes that are not a signature', async () => {
    const result = await verifyCmsSignature(Buffer.from('%PDF-1.7 not a signature'), anchors(good), { ...options, content });
    expect(result).toMatchObject({ verdict: SignatureVerdict.invalid, reason: 'malformed_signature' });
  });
});
