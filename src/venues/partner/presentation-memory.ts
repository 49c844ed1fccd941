import { Injectable } from '@nestjs/common';
import { MAX_PRESENTATION_AGE_SECONDS } from '../../../packages/shared/src/index.js';

/**
 * Live codes seen per venue while they could still verify, to report the same code shown twice
 * (a screenshot passed on at the till). In this process; a code outlives its window by design only
 * briefly, so memory stays bounded by the verification rate.
 */
@Injectable()
export class PresentationMemory {
  private readonly seen = new Map<string, number>();
  private lastSweep = Date.now();

  /** True when this venue saw `digest` before within its validity; remembers it otherwise. */
  seenBefore(venueId: string, digest: string, now = Date.now()): boolean {
    this.sweep(now);
    const key = `${venueId}:${digest}`;
    const until = this.seen.get(key);
    if (until !== undefined && until > now) return true;
    this.seen.set(key, now + 2 * MAX_PRESENTATION_AGE_SECONDS * 1000);
    return false;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 10_000) return;
    this.lastSweep = now;
    for (const [key, until] of this.seen) if (until <= now) this.seen.delete(key);
  }
}
