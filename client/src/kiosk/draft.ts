/** What the person typed in the step on screen that may go to their phone (never a password): memory only. */
export interface KioskDraft {
  email?: string;
  preferredLanguage?: string;
}

let draft: KioskDraft = {};

export function setKioskDraft(next: KioskDraft): void {
  draft = next;
}

export function getKioskDraft(): KioskDraft {
  return draft;
}

export function clearKioskDraft(): void {
  draft = {};
}
