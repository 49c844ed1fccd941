import { useId, type ReactNode } from 'react';
import { FieldError } from './FieldError';

/** What a control inside a FormField needs for its accessible wiring. */
export interface FieldControl {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: (control: FieldControl) => ReactNode;
}

/** The KERN frame of every form control: label, optional hint, the control, its error message. */
export function FormField({ name, label, hint, error, children }: FormFieldProps) {
  const id = `${name}-${useId()}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && <FieldError id={errorId} message={error} />}
    </div>
  );
}

export const inputClass = (error?: string) => `kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`;
