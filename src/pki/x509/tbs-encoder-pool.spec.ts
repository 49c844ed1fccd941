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

  /** What crosses to a worker: the spec with the subject key as its JWK modulus and exponent. */
  const request = (serialHex: string) => {
    const { n, e } = publicKey.export({ format: 'jwk' });
    return { ...spec(serialHex), publicKey: { n: n!, e: e! } };
  };
  const withPool = async (size: number, run: (pool: TbsEncoderPool) => Promise<void>) => {
    const pool = new TbsEncoderPool(size);
    try {
      await run(pool);
    } finally {
      await pool.close();
    }
  };

  it('spreads concurrent work over its workers and answers each request with its own result', () =>
    withPool(2, async (pool) => {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, index) => pool.encode(request((0x40 + index).toString(16).repeat(16)))),
      );
      results.forEach(({ tbs }, index) => expect(tbs.toString('hex')).toContain((0x40 + index).toString(16).repeat(16)));
    }));

  it('rejects a request the encoder cannot encode, and keeps working', () =>
    withPool(1, async (pool) => {
      const broken = { ...request('4a'.repeat(16)), issuer: null as unknown as [] };
      await expect(pool.encode(broken)).rejects.toThrow(/TBSCertificate encoding failed/);
      await expect(pool.encode(request('4a'.repeat(16)))).resolves.toMatchObject({ tbs: expect.any(Buffer) });
    }));

  it('signs on its workers, which run at a lower priority than the event loop', () =>
    withPool(2, async (pool) => {
      const niceBefore = threadNiceValues().filter((nice) => nice === WORKER_NICE).length;
      const results = await Promise.all(['4a', '5b'].map((byte) => pool.encode(request(byte.repeat(16)), issuerKeys.privateKey)));
      for (const { tbs, signature } of results) expect(verify('sha256', tbs, issuerKeys.publicKey, signature!)).toBe(true);
      expect(threadNiceValues().filter((nice) => nice === WORKER_NICE).length).toBe(niceBefore + 2);
      expect(getPriority()).toBe(0);
    }));
});
