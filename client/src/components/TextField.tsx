import { FormField, inputClass } from './FormField';

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date';
  autoComplete?: string;
  hint?: string;
  error?: string;
}

/** A labelled KERN text input (also e-mail, password and date) with optional hint and error message. */
export function TextField({ name, label, value, onChange, type = 'text', autoComplete, hint, error }: TextFieldProps) {
  const free = type === 'text';
  return (
    <FormField name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          className={inputClass(error)}
          name={name}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          required
          spellCheck={free ? undefined : false}
          autoCapitalize={free ? undefined : 'none'}
        />
      )}
    </FormField>
  );
}
