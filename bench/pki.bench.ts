/**
 * Certificate issuance (issue 7, ARCHITECTURE §10): N certificates from prepared CSRs through the
 * issuance code (native CSR check, forge-built TBSCertificate, native RSA-3072 signature on the thread
 * pool), against raw native signatures with the same issuing key, in the same run and with the same
 * concurrency. Prints certificates/s, p99 per issuance, the ratio (target ≥ 0.5), and the event-loop
 * delay during issuance (target: no block > 5 ms). Database writes are not part of it.
 * Run: `npm run bench:pki` (builds first). Prints figures; asserts nothing.
 */
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildConfig, type AppConfig } from '../src/config/app-config.js';
import { createIssuingCertificate, createRootCertificate, generateRsaKeyPair } from '../src/pki/authority/authority-certificates.js';
import { authorityUrls, loadAuthority } from '../src/pki/authority/authority-setup.js';
import type { CertificateAuthority } from '../src/pki/authority/certificate-authority.service.js';
import { PkiAuthorityKey, PkiAuthorityRole } from '../src/pki/entities/pki-authority-key.entity.js';
import { CertificateIssuer } from '../src/pki/issuance/certificate-issuer.service.js';
import { ALLOWED_KEY_BITS } from '../src/pki/issuance/certificate-request.service.js';
import { checkCsr } from '../src/pki/issuance/csr-check.js';
import { personSubject } from '../src/pki/issuance/person-subject.js';
import { nativeSign, tbsCertificateDer } from '../src/pki/x509/certificate-builder.js';
import { makeCsrForTest, makeRsaKeyForTest } from '../test/support/pki-csr.js';

const ISSUANCES = Number(process.env.BENCH_CERTIFICATES ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const WARM_UP = 100;
/** One at a time: the latency of a single issuance without queueing. */
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 300);

interface Run {
  perSecond: number;
  p50: number;
  p99: number;
  maxLoopDelayMs: number;
  meanLoopDelayMs: number;
}

/** Runs `task` `count` times with `concurrency` in flight; latencies per task and the loop's delay. */
async function measure(count: number, concurrency: number, task: (index: number) => Promise<unknown>): Promise<Run> {
  const latencies: number[] = [];
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let next = 0;
  histogram.enable();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++;
        const begin = performance.now();
        await task(index);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  histogram.disable();
  latencies.sort((a, b) => a - b);
  const quantile = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    perSecond: count / seconds,
    p50: quantile(0.5),
    p99: quantile(0.99),
    maxLoopDelayMs: histogram.max / 1e6,
    meanLoopDelayMs: histogram.mean / 1e6,
  };
}

async function main(): Promise<void> {
  const config: AppConfig = buildConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://unused',
    PUBLIC_URL: 'https://e-residency.bochum.example',
    LOG_LEVEL: 'error',
  });
  const [rootKeys, issuingKeys] = await Promise.all([generateRsaKeyPair(4096), generateRsaKeyPair(3072)]);
  const root = await createRootCertificate(rootKeys, config.pki.caName, config.pki.rootValidityYears);
  const issuingCertificate = await createIssuingCertificate(
    issuingKeys,
    { subject: root.subject, publicKey: rootKeys.publicKey, privateKey: rootKeys.privateKey, notAfter: root.notAfter },
    config.pki.caName,
    config.pki.issuingValidityYears,
    authorityUrls(config.pki),
  );
  const row = Object.assign(new PkiAuthorityKey(), {
    role: PkiAuthorityRole.issuing,
    certificatePem: issuingCertificate.pem,
    encryptedPrivateKey: issuingKeys.privateKey.export({
      format: 'pem',
      type: 'pkcs8',
      cipher: 'aes-256-cbc',
      passphrase: config.pki.keyPassphrase,
    }) as string,
    serialHex: issuingCertificate.serialHex,
    notBefore: issuingCertificate.notBefore,
    notAfter: issuingCertificate.notAfter,
  });
  const issuing = loadAuthority(row, config.pki.keyPassphrase);
  const issuer = new CertificateIssuer(config, { issuing: async () => issuing } as unknown as CertificateAuthority);

  const csrs = Array.from(
    { length: 8 },
    (_, index) => makeCsrForTest({ privateKeyPem: makeRsaKeyForTest(index % 2 === 0 ? 2048 : 3072) }).csrPem,
  );
  const subject = personSubject(
    {
      accountId: '00000000-0000-4000-8000-000000000001',
      givenName: 'Zoë',
      familyName: 'Müller',
      company: { legalName: 'Boulangerie Durand SAS', countryCode: 'FR', vatId: 'FR40303265045', registerNumber: null },
    },
    config.pki.keyPassphrase,
  );
  // The synchronous stretch of each issuance (CSR check and forge), i.e. how long it holds the event loop.
  const syncSegments: number[] = [];
  const issueOne = async (index: number) => {
    const begin = performance.now();
    const csr = checkCsr(csrs[index % csrs.length], ALLOWED_KEY_BITS);
    const signing = issuer.sign(subject, csr.publicKey, issuing);
    syncSegments.push(performance.now() - begin);
    return signing;
  };
  // A TBSCertificate of the real size as the payload of the raw signatures.
  const sample = await issueOne(0);
  const tbs = tbsCertificateDer({
    serialHex: sample.serialHex,
    issuer: issuing.subject,
    subject,
    publicKey: (await import('../src/pki/x509/certificate-builder.js')).forgePublicKey(checkCsr(csrs[0], ALLOWED_KEY_BITS).publicKey),
    notBefore: sample.notBefore,
    notAfter: sample.notAfter,
    extensions: [],
  });

  await measure(WARM_UP, CONCURRENCY, issueOne);
  await measure(WARM_UP, CONCURRENCY, () => nativeSign(tbs, issuing.privateKey));
  const native = await measure(ISSUANCES, CONCURRENCY, () => nativeSign(tbs, issuing.privateKey));
  const sequentialNative = await measure(SEQUENTIAL, 1, () => nativeSign(tbs, issuing.privateKey));
  const sequential = await measure(SEQUENTIAL, 1, issueOne);
  syncSegments.length = 0;
  const issuance = await measure(ISSUANCES, CONCURRENCY, issueOne);
  syncSegments.sort((a, b) => a - b);

  const cores = availableParallelism();
  const line = (name: string, run: Run) =>
    `${name.padEnd(44)} ${run.perSecond.toFixed(0).padStart(6)}/s  (${(run.perSecond / cores).toFixed(0)}/s per core)  p50 ${run.p50.toFixed(2)} ms  p99 ${run.p99.toFixed(2)} ms  event loop: max delay ${run.maxLoopDelayMs.toFixed(2)} ms, mean ${run.meanLoopDelayMs.toFixed(2)} ms`;
  console.log(
    `${ISSUANCES} issuances, ${CONCURRENCY} in flight, ${cores} cores, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? 4}, issuing key RSA 3072`,
  );
  console.log(line('raw native RSA-3072 signatures (same key)', native));
  console.log(line('certificate issuance (CSR check, forge, sign)', issuance));
  console.log(line('one at a time: raw native signature', sequentialNative));
  console.log(line('one at a time: certificate issuance', sequential));
  console.log(
    `synchronous work per issuance on the event loop: p50 ${syncSegments[Math.floor(syncSegments.length / 2)].toFixed(2)} ms, p99 ${syncSegments[Math.floor(syncSegments.length * 0.99)].toFixed(2)} ms, max ${syncSegments.at(-1)!.toFixed(2)} ms (signatures run on the thread pool)`,
  );
  console.log(
    `ratio ${(issuance.perSecond / native.perSecond).toFixed(2)} (target ≥ 0.5); target ≥ 1,000 certificates/s per core; no event-loop block > 5 ms (max seen ${issuance.maxLoopDelayMs.toFixed(2)} ms)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
