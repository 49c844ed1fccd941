import { FormField } from './FormField';

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
  return (
    <FormField name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <div className="kern-form-input__select-wrapper">
          <select
            {...control}
            className={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
            name={name}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value} lang={option.lang}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </FormField>
  );
}
