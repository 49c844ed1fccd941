import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TBS_ENCODER_WORKER, type TbsAnswer, type TbsJob, type TbsRequest } from './tbs-encoder.js';

/** The worker script: tbs-encoder.js beside this file once built, tbs-encoder.ts when run from source (tests). */
const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), `tbs-encoder${path.extname(fileURLToPath(import.meta.url))}`);

interface PoolWorker {
  worker: Worker;
  pending: Map<number, { resolve(tbs: Buffer): void; reject(error: Error): void }>;
}

/**
 * Encodes TBSCertificates with node-forge on worker threads, so certificate issuance never holds the
 * event loop for the milliseconds forge needs per certificate. Workers start on first use, one fewer
 * than the cores (at least one, at most four), and do not keep the process alive while idle.
 */
export class TbsEncoderPool {
  private readonly workers: PoolWorker[] = [];
  private nextId = 1;

  constructor(private readonly size = Math.max(1, Math.min(4, availableParallelism() - 1))) {}

  encode(request: TbsRequest): Promise<Buffer> {
    const target = this.pick();
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.ref();
      target.worker.postMessage({ id, request } satisfies TbsJob);
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
      else job.resolve(Buffer.from(answer.tbs.buffer, answer.tbs.byteOffset, answer.tbs.byteLength));
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
