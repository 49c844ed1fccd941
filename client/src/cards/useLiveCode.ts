import { useEffect, useState } from 'react';
import type { DeviceCard } from './deviceCardStore';
import { CODE_LIFETIME_SECONDS, createLiveCode } from './liveCode';

/** The current live code, renewed every 30 seconds, and the seconds until the next one. */
export function useLiveCode(card: DeviceCard | undefined): { code?: string; secondsLeft: number } {
  const [code, setCode] = useState<string>();
  const [secondsLeft, setSecondsLeft] = useState(CODE_LIFETIME_SECONDS);

  useEffect(() => {
    if (!card) return undefined;
    let renewedAt = 0;
    let current = true;
    const tick = () => {
      const now = Date.now();
      if (now - renewedAt >= CODE_LIFETIME_SECONDS * 1000) {
        renewedAt = now;
        void createLiveCode(card, now).then((next) => current && setCode(next));
      }
      setSecondsLeft(Math.max(0, CODE_LIFETIME_SECONDS - Math.floor((now - renewedAt) / 1000)));
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [card]);

  return { code, secondsLeft };
}
