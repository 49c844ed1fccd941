import { RegisterForm } from '../identity/RegisterForm';
import type { RegistrationResult } from '../identity/operations';
import type { KioskDraft } from './draft';

/**
 * The first step of an application: identity's registration form, on the terminal and on the phone
 * that continues it. Only e-mail address and language travel in the draft, never the password; the
 * terminal's browser offers no address it remembers (autocomplete off).
 */
export function AccountStepForm({
  initial,
  onDraftChange,
  onRegistered,
}: {
  initial: KioskDraft;
  onDraftChange?: (draft: KioskDraft) => void;
  onRegistered: (result: RegistrationResult) => void;
}) {
  return (
    <RegisterForm
      initial={initial}
      onDraftChange={onDraftChange}
      onRegistered={onRegistered}
      emailAutoComplete="off"
      testId="kiosk-account-form"
    />
  );
}
