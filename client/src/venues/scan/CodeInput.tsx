import type { FormEvent } from 'react';
import { SubmitButton } from '../../components/SubmitButton';
import { CameraScanner } from './CameraScanner';

interface CodeInputProps {
  /** The text area's id (unique on the page). */
  id: string;
  label: string;
  submitLabel: string;
  busy: boolean;
  code: string;
  onCodeChange: (code: string) => void;
  /** A code read by the camera or typed and submitted. */
  onCode: (code: string) => void;
}

/** A card code from the camera, or pasted by hand: the venue scan page and an event's door use it. */
export function CodeInput({ id, label, submitLabel, busy, code, onCodeChange, onCode }: CodeInputProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) onCode(code);
  };
  return (
    <>
      <CameraScanner onCode={onCode} />
      <form className="stack" onSubmit={submit} noValidate>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={id}>
            {label}
          </label>
          <textarea
            id={id}
            name="code"
            className="kern-form-input__input"
            rows={3}
            value={code}
            onChange={(event) => onCodeChange(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <SubmitButton label={submitLabel} busy={busy} />
      </form>
    </>
  );
}
