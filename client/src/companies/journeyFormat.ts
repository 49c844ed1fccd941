import type { OnboardingStepStatus } from './operations';

/** Elapsed active time as mm:ss (minutes may exceed 59). */
export function formatElapsed(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

export const STATUS_VARIANT: Record<OnboardingStepStatus, string> = {
  not_started: 'info',
  in_progress: 'info',
  action_required: 'warning',
  waiting_for_office: 'info',
  done: 'success',
  not_available: 'neutral',
};
