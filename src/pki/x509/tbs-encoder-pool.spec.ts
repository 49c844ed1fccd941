import { generateKeyPairSync, verify } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { makeCsrForTest } from '../../../test/support/pki-csr.js';
import { checkCsr } from '../issuance/csr-check.js';
import {
  forgePublicKey,
  issueCertificate,
  issueCertificateOffLoop,
  NameOid,
  printableAttribute,
  utf8Attribute,
} from './certificate-builder.js';
import { basicConstraints, keyIdentifierOf, subjectKeyIdentifier } from './extensions.js';
import { WORKER_NICE } from './tbs-encoder.js';
import { TbsEncoderPool } from './tbs-encoder-pool.js';

/** The nice value of each of this process's threads (Linux: field 19 of /proc/self/task/<tid>/stat). */
const threadNiceValues = () =>
  readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });

describe('TBSCertificate encoding on worker threads', () => {
  const issuerKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { publicKey } = checkCsr(makeCsrForTest({ bits: 2048 }).csrPem, [2048]);
  const spec = (serialHex: string) => ({
    serialHex,
    issuer: [printableAttribute(NameOid.country, 'DE'), utf8Attribute(NameOid.commonName, 'Stadt Bochum Issuing CA')],
    subject: [
      utf8Attribute(NameOid.surname, 'Müller'),
      utf8Attribute(NameOid.givenName, 'Zoë'),
      utf8Attribute(NameOid.commonName, 'Zoë Müller'),
    ],
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2027-01-01T00:00:00Z'),
    extensions: [basicConstraints(false), subjectKeyIdentifier(keyIdentifierOf(publicKey))],
  });

  it('issues byte for byte the certificate the in-thread encoder issues', async () => {
    const serials = ['4a'.repeat(16), '5b'.repeat(16), '6c'.repeat(16), '7d'.repeat(16)];
    const offLoop = await Promise.all(
      serials.map((serial) => issueCertificateOffLoop({ ...spec(serial), publicKey }, issuerKeys.privateKey)),
    );
    for (const [index, serial] of serials.entries()) {
      const inThread = await issueCertificate({ ...spec(serial), publicKey: forgePublicKey(publicKey) }, issuerKeys.privateKey);
      expect(offLoop[index].der.equals(inThread.der)).toBe(true);
      expect(offLoop[index].pem).toBe(inThread.pem);
    }
  });

  it('spreads concurrent work over its workers and answers each request with its own result', async () => {
    const pool = new TbsEncoderPool(2);
    try {
      const { n, e } = publicKey.export({ format: 'jwk' });
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          pool.encode({ ...spec((0x40 + index).toString(16).repeat(16)), publicKey: { n: n!, e: e! } }),
        ),
      );
      results.forEach(({ tbs }, index) => expect(tbs.toString('hex')).toContain((0x40 + index).toString(16).repeat(16)));
    } finally {
      await pool.close();
    }
  });

  it('rejects a request the encoder cannot encode, and keeps working', async () => {
    const pool = new TbsEncoderPool(1);
    try {
      const { n, e } = publicKey.export({ format: 'jwk' });
      const broken = { ...spec('4a'.repeat(16)), publicKey: { n: n!, e: e! }, issuer: null as unknown as [] };
      await expect(pool.encode(broken)).rejects.toThrow(/TBSCertificate encoding failed/);
      await expect(pool.encode({ ...spec('4a'.repeat(16)), publicKey: { n: n!, e: e! } })).resolves.toMatchObject({
        tbs: expect.any(Buffer),
      });
    } finally {
      await pool.close();
    }
  });

  it('signs on its workers, which run at a lower priority than the event loop', async () => {
    const pool = new TbsEncoderPool(2);
    try {
      const { n, e } = publicKey.export({ format: 'jwk' });
      const niceBefore = threadNiceValues().filter((nice) => nice === WORKER_NICE).length;
      const results = await Promise.all(
        ['4a', '5b'].map((byte) => pool.encode({ ...spec(byte.repeat(16)), publicKey: { n: n!, e: e! } }, issuerKeys.privateKey)),
      );
      for (const { tbs, signature } of results) expect(verify('sha256', tbs, issuerKeys.publicKey, signature!)).toBe(true);
      expect(threadNiceValues().filter((nice) => nice === WORKER_NICE).length).toBe(niceBefore + 2);
      expect(getPriority()).toBe(0);
    } finally {
      await pool.close();
    }
  });
});
