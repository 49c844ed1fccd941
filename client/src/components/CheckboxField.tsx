import { useId } from 'react';
import { FieldError } from './FieldError';

interface CheckboxFieldProps {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

/** A single KERN checkbox, e.g. a consent. */
export function CheckboxField({ name, label, checked, onChange, error }: CheckboxFieldProps) {
  const id = `${name}-${useId()}`;
  return (
    <div className={`kern-form-check${error ? ' kern-form-check--error' : ''}`}>
      <input
        className={`kern-form-check__checkbox${error ? ' kern-form-check__checkbox--error' : ''}`}
        type="checkbox"
        id={id}
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {error && <FieldError id={`${id}-error`} message={error} />}
    </div>
  );
}
