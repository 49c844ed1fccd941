import { useId } from 'react';
import { FieldError } from './FieldError';

interface SelectFieldProps {
  name: string;
  label: string;
  value: string;
  options: Array<{ value: string; label: string; lang?: string }>;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

/** A labelled KERN select with optional hint and error message. */
export function SelectField({ name, label, value, options, onChange, hint, error }: SelectFieldProps) {
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
      <div className="kern-form-input__select-wrapper">
        <select
          className={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
          id={id}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {error && <FieldError id={errorId} message={error} />}
    </div>
  );
}
