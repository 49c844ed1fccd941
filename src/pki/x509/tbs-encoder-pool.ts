import type { KeyObject } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TBS_ENCODER_WORKER, type TbsAnswer, type TbsJob, type TbsRequest } from './tbs-encoder.js';

/** The worker script: tbs-encoder.js beside this file once built, tbs-encoder.ts when run from source (tests). */
const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), `tbs-encoder${path.extname(fileURLToPath(import.meta.url))}`);

export interface EncodedTbs {
  tbs: Buffer;
  /** Present when a signing key came with the request. */
  signature?: Buffer;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, { resolve(encoded: EncodedTbs): void; reject(error: Error): void }>;
}

const bufferOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Encodes TBSCertificates with node-forge, and signs them, on worker threads, so certificate
 * issuance never holds the event loop for the milliseconds forge and RSA need per certificate. The
 * workers run at a lower priority (WORKER_NICE) than the event loop's thread: with every core busy
 * issuing, requests are still answered without waiting for a time slice. Workers start on first
 * use, one per core (at most four), and do not keep the process alive while idle.
 */
export class TbsEncoderPool {
  private readonly workers: PoolWorker[] = [];
  private nextId = 1;

  constructor(private readonly size = Math.max(1, Math.min(4, availableParallelism()))) {}

  /** The TBSCertificate's DER, and its SHA-256-with-RSA signature by `signingKey` when given. */
  encode(request: TbsRequest, signingKey?: KeyObject): Promise<EncodedTbs> {
    const target = this.pick();
    const id = this.nextId++;
    return new Promise<EncodedTbs>((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.ref();
      target.worker.postMessage({ id, request, ...(signingKey ? { signingKey } : {}) } satisfies TbsJob);
    });
  }

  /** Stops the workers (pending encodings fail). */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }

  private pick(): PoolWorker {
    if (this.workers.length < this.size) {
      const started = this.start();
      if (this.workers.every((candidate) => candidate.pending.size > 0)) return started;
    }
    return this.workers.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
  }

  private start(): PoolWorker {
    const entry: PoolWorker = { worker: new Worker(WORKER_FILE, { workerData: TBS_ENCODER_WORKER }), pending: new Map() };
    const fail = (error: Error) => {
      const index = this.workers.indexOf(entry);
      if (index >= 0) this.workers.splice(index, 1);
      for (const job of entry.pending.values()) job.reject(error);
      entry.pending.clear();
    };
    entry.worker.on('message', (answer: TbsAnswer) => {
      const job = entry.pending.get(answer.id);
      if (!job) return;
      entry.pending.delete(answer.id);
      if (entry.pending.size === 0) entry.worker.unref();
      if ('error' in answer) job.reject(new Error(`TBSCertificate encoding failed: ${answer.error}`));
      else job.resolve({ tbs: bufferOf(answer.tbs), ...(answer.signature ? { signature: bufferOf(answer.signature) } : {}) });
    });
    entry.worker.on('error', fail);
    entry.worker.on('exit', (code) => fail(new Error(`TBSCertificate encoder exited with ${code}`)));
    entry.worker.unref();
    this.workers.push(entry);
    return entry;
  }
}

/** The process's pool (workers are started lazily and never keep the process alive while idle). */
export const tbsEncoderPool = new TbsEncoderPool();
