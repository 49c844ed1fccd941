import { useTranslation } from 'react-i18next';
import { languageOptions } from '../i18n/languageNames';
import { SelectField } from './SelectField';

interface PreferredLanguageFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

export function PreferredLanguageField({ value, onChange, error }: PreferredLanguageFieldProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      name="preferredLanguage"
      label={t('fields.preferredLanguage.label')}
      hint={t('fields.preferredLanguage.hint')}
      value={value}
      options={languageOptions()}
      onChange={onChange}
      error={error}
    />
  );
}
