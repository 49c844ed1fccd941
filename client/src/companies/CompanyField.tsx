import { FormField, inputClass } from '../components/FormField';

interface CompanyFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'url';
  autoComplete?: string;
}

/** A labelled text input with a stable data-testid (`company-<name>`); optional fields are not required. */
export function CompanyField({
  name,
  label,
  value,
  onChange,
  hint,
  error,
  required = true,
  type = 'text',
  autoComplete,
}: CompanyFieldProps) {
  return (
    <FormField name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          className={inputClass(error)}
          name={name}
          type={type}
          value={value}
          required={required}
          autoComplete={autoComplete}
          data-testid={`company-${name.replace(/\./g, '-')}`}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
