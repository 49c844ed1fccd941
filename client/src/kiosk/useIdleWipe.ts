import { useCallback, useEffect, useRef, useState } from 'react';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

export interface IdleState {
  /** Seconds left before the wipe while the warning shows; undefined while the person is active. */
  secondsLeft: number | undefined;
  /** "Continue": the person is still there. */
  stillHere: () => void;
}

/**
 * After `idleSeconds` without input a warning for `warningSeconds`, then `onExpired`. Any input
 * before the warning restarts the wait; during the warning only "continue" does (a stray touch on the
 * dimmed page should not hide it).
 */
export function useIdleWipe(idleSeconds: number, warningSeconds: number, active: boolean, onExpired: () => void): IdleState {
  const [secondsLeft, setSecondsLeft] = useState<number>();
  const [generation, setGeneration] = useState(0);
  const warning = useRef(false);
  const expired = useRef(onExpired);
  expired.current = onExpired;

  const stillHere = useCallback(() => {
    warning.current = false;
    setSecondsLeft(undefined);
    setGeneration((value) => value + 1);
  }, []);

  useEffect(() => {
    if (!active) return;
    let idleTimer: ReturnType<typeof setTimeout>;
    let countdown: ReturnType<typeof setInterval> | undefined;
    const startWarning = () => {
      warning.current = true;
      let left = warningSeconds;
      setSecondsLeft(left);
      countdown = setInterval(() => {
        left -= 1;
        if (left > 0) return setSecondsLeft(left);
        clearInterval(countdown);
        setSecondsLeft(0);
        expired.current();
      }, 1000);
    };
    const restart = () => {
      if (warning.current) return;
      clearTimeout(idleTimer);
      idleTimer = setTimeout(startWarning, idleSeconds * 1000);
    };
    restart();
    for (const event of INPUT_EVENTS) document.addEventListener(event, restart, { capture: true, passive: true });
    return () => {
      clearTimeout(idleTimer);
      if (countdown) clearInterval(countdown);
      for (const event of INPUT_EVENTS) document.removeEventListener(event, restart, { capture: true });
    };
  }, [idleSeconds, warningSeconds, active, generation]);

  return { secondsLeft, stillHere };
}
