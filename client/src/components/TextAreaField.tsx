import { FormField, inputClass } from './FormField';

interface TextAreaFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  rows?: number;
  maxLength?: number;
}

/** A labelled KERN multi-line text input. */
export function TextAreaField({ name, label, value, onChange, hint, error, rows = 4, maxLength }: TextAreaFieldProps) {
  return (
    <FormField name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...control}
          className={inputClass(error)}
          name={name}
          rows={rows}
          maxLength={maxLength}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
