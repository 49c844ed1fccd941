/**
 * Certificate issuance (issue 7, ARCHITECTURE §10; issue 19): N certificates from prepared CSRs
 * through the issuance code (native CSR check on the event loop; TBSCertificate by forge and the native
 * RSA-3072 signature on a worker thread of lower priority) against raw native signatures on libuv's
 * thread pool with the same issuing key and
 * the same concurrency, in alternating rounds (A B A B …). Prints every round, the medians, the ratio
 * of medians (goal ≥ 0.5) and the event-loop delay measured with monitorEventLoopDelay during each
 * round (goal: no block > 5 ms; the raw signatures' rounds show what the loaded machine adds by itself),
 * with the event loop's longest garbage collection pause in the round (what no code change of ours removes).
 * Database writes are not part of it. Run: `npm run bench:pki` (builds first). Asserts nothing.
 */
import { availableParallelism, loadavg } from 'node:os';
import { constants, monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { buildConfig, type AppConfig } from '../src/config/app-config.js';
import { createIssuingCertificate, createRootCertificate, generateRsaKeyPair } from '../src/pki/authority/authority-certificates.js';
import { authorityUrls, loadAuthority } from '../src/pki/authority/authority-setup.js';
import type { CertificateAuthority } from '../src/pki/authority/certificate-authority.service.js';
import { PkiAuthorityKey, PkiAuthorityRole } from '../src/pki/entities/pki-authority-key.entity.js';
import { CertificateIssuer } from '../src/pki/issuance/certificate-issuer.service.js';
import { ALLOWED_KEY_BITS } from '../src/pki/issuance/certificate-request.service.js';
import { checkCsr } from '../src/pki/issuance/csr-check.js';
import { personSubject } from '../src/pki/issuance/person-subject.js';
import { forgePublicKey, nativeSign, tbsCertificateDer } from '../src/pki/x509/certificate-builder.js';
import { makeCsrForTest, makeRsaKeyForTest } from '../test/support/pki-csr.js';
import { runIfMain } from './support/main.js';
import { median } from './support/rounds.js';

const ISSUANCES = Number(process.env.BENCH_CERTIFICATES ?? 1000);
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const WARM_UP = 100;
/** One at a time: the latency of a single issuance without queueing. */
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 200);

interface Run {
  perSecond: number;
  p50: number;
  p99: number;
  maxLoopDelayMs: number;
  p99LoopDelayMs: number;
  meanLoopDelayMs: number;
  /** The longest garbage collection pause of this thread during the round, and its kind. */
  maxGcPauseMs: number;
  maxGcPauseKind: string;
}

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor (scavenge)',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major (mark-compact)',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking step',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

/** Runs `task` `count` times with `concurrency` in flight; latencies per task and the loop's delay. */
async function measure(count: number, concurrency: number, task: (index: number) => Promise<unknown>): Promise<Run> {
  const latencies: number[] = [];
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let maxGcPauseMs = 0;
  let maxGcPauseKind = 'none';
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration <= maxGcPauseMs) continue;
      maxGcPauseMs = entry.duration;
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      maxGcPauseKind = (kind !== undefined && GC_KINDS[kind]) || `kind ${kind}`;
    }
  });
  gc.observe({ entryTypes: ['gc'] });
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
  gc.disconnect();
  latencies.sort((a, b) => a - b);
  const quantile = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    perSecond: count / seconds,
    p50: quantile(0.5),
    p99: quantile(0.99),
    maxLoopDelayMs: histogram.max / 1e6,
    p99LoopDelayMs: histogram.percentile(99) / 1e6,
    meanLoopDelayMs: histogram.mean / 1e6,
    maxGcPauseMs,
    maxGcPauseKind,
  };
}

/** The loop's delay with nothing to do for `ms`: what the loaded machine alone adds (the floor of every figure). */
async function idleLoop(ms: number): Promise<Pick<Run, 'maxLoopDelayMs' | 'p99LoopDelayMs' | 'meanLoopDelayMs'>> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  await new Promise((resolve) => setTimeout(resolve, ms));
  histogram.disable();
  return { maxLoopDelayMs: histogram.max / 1e6, p99LoopDelayMs: histogram.percentile(99) / 1e6, meanLoopDelayMs: histogram.mean / 1e6 };
}

export async function run() {
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
    publicKey: forgePublicKey(checkCsr(csrs[0], ALLOWED_KEY_BITS).publicKey),
    notBefore: sample.notBefore,
    notAfter: sample.notAfter,
    extensions: [],
  });

  await measure(WARM_UP, CONCURRENCY, issueOne);
  await measure(WARM_UP, CONCURRENCY, () => nativeSign(tbs, issuing.privateKey));

  const cores = availableParallelism();
  const round = (value: number) => Number(value.toFixed(2));
  const line = (name: string, run: Run) =>
    `  ${name.padEnd(52)} ${run.perSecond.toFixed(0).padStart(6)}/s  p50 ${run.p50.toFixed(2)} ms  p99 ${run.p99.toFixed(2)} ms  event loop: max delay ${run.maxLoopDelayMs.toFixed(2)} ms, p99 ${run.p99LoopDelayMs.toFixed(2)} ms, mean ${run.meanLoopDelayMs.toFixed(2)} ms, longest GC ${run.maxGcPauseMs.toFixed(2)} ms (${run.maxGcPauseKind})`;
  const before = loadavg().map(round);
  console.log(
    `pki: ${ISSUANCES} issuances per round, ${CONCURRENCY} in flight, ${ROUNDS} alternating rounds, ${cores} cores, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? 4}, issuing key RSA 3072, load average ${before.join(' ')}`,
  );
  const idle = await idleLoop(2000);
  console.log(
    `  idle event loop for 2 s (the machine's own delays): max ${idle.maxLoopDelayMs.toFixed(2)} ms, p99 ${idle.p99LoopDelayMs.toFixed(2)} ms, mean ${idle.meanLoopDelayMs.toFixed(2)} ms`,
  );
  const natives: Run[] = [];
  const issuances: Run[] = [];
  syncSegments.length = 0;
  for (let index = 1; index <= ROUNDS; index += 1) {
    natives.push(await measure(ISSUANCES, CONCURRENCY, () => nativeSign(tbs, issuing.privateKey)));
    console.log(line(`round ${index} raw native RSA-3072 signatures (same key)`, natives.at(-1)!));
    issuances.push(await measure(ISSUANCES, CONCURRENCY, issueOne));
    console.log(line(`round ${index} certificate issuance (CSR check, forge, sign)`, issuances.at(-1)!));
  }
  syncSegments.sort((a, b) => a - b);
  const summary = (runs: Run[]): Run => ({
    perSecond: median(runs.map((run) => run.perSecond)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    maxLoopDelayMs: Math.max(...runs.map((run) => run.maxLoopDelayMs)),
    p99LoopDelayMs: median(runs.map((run) => run.p99LoopDelayMs)),
    meanLoopDelayMs: median(runs.map((run) => run.meanLoopDelayMs)),
    maxGcPauseMs: Math.max(...runs.map((run) => run.maxGcPauseMs)),
    maxGcPauseKind: runs.reduce((longest, run) => (run.maxGcPauseMs > longest.maxGcPauseMs ? run : longest)).maxGcPauseKind,
  });
  const native = summary(natives);
  const issuance = summary(issuances);
  console.log(line('median raw native signatures (loop: max of rounds)', native));
  console.log(line('median certificate issuance (loop: max of rounds)', issuance));
  const syncMs = {
    p50: round(syncSegments[Math.floor(syncSegments.length / 2)]),
    p99: round(syncSegments[Math.floor(syncSegments.length * 0.99)]),
    max: round(syncSegments.at(-1)!),
  };
  const sequentialNative = await measure(SEQUENTIAL, 1, () => nativeSign(tbs, issuing.privateKey));
  const sequential = await measure(SEQUENTIAL, 1, issueOne);
  console.log(line('one at a time: raw native signature', sequentialNative));
  console.log(line('one at a time: certificate issuance', sequential));
  console.log(
    `  synchronous work per issuance on the event loop: p50 ${syncMs.p50} ms, p99 ${syncMs.p99} ms, max ${syncMs.max} ms (forge and the signature on a worker thread of lower priority)`,
  );
  const ratio = round(issuance.perSecond / native.perSecond);
  console.log(
    `  ratio of medians ${ratio} (goal ≥ 0.5); ${(issuance.perSecond / cores).toFixed(0)} certificates/s per core; largest event-loop delay during issuance ${issuance.maxLoopDelayMs.toFixed(2)} ms, p99 ${issuance.p99LoopDelayMs.toFixed(2)} ms (goal: no block > 5 ms; longest GC pause ${issuance.maxGcPauseMs.toFixed(2)} ms, ${issuance.maxGcPauseKind}), during raw signatures ${native.maxLoopDelayMs.toFixed(2)} ms (p99 ${native.p99LoopDelayMs.toFixed(2)} ms), idle ${idle.maxLoopDelayMs.toFixed(2)} ms (p99 ${idle.p99LoopDelayMs.toFixed(2)} ms)`,
  );
  const after = loadavg().map(round);
  console.log(`  load average after: ${after.join(' ')}`);
  const figures = (run: Run) => ({
    perSecond: round(run.perSecond),
    p50Ms: round(run.p50),
    p99Ms: round(run.p99),
    maxLoopDelayMs: round(run.maxLoopDelayMs),
    p99LoopDelayMs: round(run.p99LoopDelayMs),
    meanLoopDelayMs: round(run.meanLoopDelayMs),
    maxGcPauseMs: round(run.maxGcPauseMs),
    maxGcPauseKind: run.maxGcPauseKind,
  });
  return {
    title: 'pki',
    issuancesPerRound: ISSUANCES,
    concurrency: CONCURRENCY,
    rounds: ROUNDS,
    loadAverage: { before, after },
    targets: [
      { name: 'raw native RSA-3072 signatures', rounds: natives.map(figures), median: figures(native) },
      { name: 'certificate issuance', rounds: issuances.map(figures), median: figures(issuance) },
    ],
    oneAtATime: { native: figures(sequentialNative), issuance: figures(sequential) },
    synchronousMsPerIssuance: syncMs,
    ratios: [{ subject: 'certificate issuance', baseline: 'raw native RSA-3072 signatures', ratio, goal: 0.5 }],
    eventLoop: {
      maxDelayDuringIssuanceMs: round(issuance.maxLoopDelayMs),
      p99DelayDuringIssuanceMs: round(issuance.p99LoopDelayMs),
      longestGcPauseDuringIssuanceMs: round(issuance.maxGcPauseMs),
      longestGcPauseDuringIssuanceKind: issuance.maxGcPauseKind,
      maxDelayDuringRawSignaturesMs: round(native.maxLoopDelayMs),
      p99DelayDuringRawSignaturesMs: round(native.p99LoopDelayMs),
      idle: { maxMs: round(idle.maxLoopDelayMs), p99Ms: round(idle.p99LoopDelayMs) },
      goalMs: 5,
    },
  };
}

runIfMain(import.meta.url, run);
