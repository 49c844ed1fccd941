import { useId } from 'react';
import { FieldError } from './FieldError';
import './radio-group.css';

interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

interface RadioGroupProps {
  name: string;
  legend: string;
  value: string;
  options: RadioOption[];
  onChange: (value: string) => void;
  error?: string;
  horizontal?: boolean;
}

/** A KERN fieldset of radio buttons, each with an optional hint. */
export function RadioGroup({ name, legend, value, options, onChange, error, horizontal }: RadioGroupProps) {
  const id = `${name}-${useId()}`;
  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="kern-label">{legend}</legend>
      <div className={`kern-fieldset__body${horizontal ? ' kern-fieldset__body--horizontal' : ''}`}>
        {options.map((option) => (
          <div className="kern-form-check" key={option.value}>
            <input
              className={`kern-form-check__radio${error ? ' kern-form-check__radio--error' : ''}`}
              type="radio"
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
            />
            <label className="kern-label" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
            {option.hint && (
              <div className="kern-hint" id={`${id}-${option.value}-hint`}>
                {option.hint}
              </div>
            )}
          </div>
        ))}
      </div>
      {error && <FieldError id={`${id}-error`} message={error} />}
    </fieldset>
  );
}
