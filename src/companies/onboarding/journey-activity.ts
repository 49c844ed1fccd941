/**
 * Active seconds one heartbeat earns: the time since the previous beat, at most one heartbeat
 * interval; nothing after a gap longer than two intervals (the person was away) and nothing for
 * the first beat (it only marks the start).
 */
export function creditedSeconds(previousBeat: Date | null, now: Date, intervalSeconds: number): number {
  if (!previousBeat) return 0;
  const elapsed = (now.getTime() - previousBeat.getTime()) / 1000;
  if (elapsed <= 0 || elapsed > intervalSeconds * 2) return 0;
  return Math.min(Math.floor(elapsed), intervalSeconds);
}
