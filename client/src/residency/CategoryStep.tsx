import { useTranslation } from 'react-i18next';
import { DISTRICTS, RESIDENCY_CATEGORIES } from './operations';
import { RadioGroup } from '../components/RadioGroup';
import type { ApplicationFormValues } from './applicationForm';

interface StepProps {
  values: ApplicationFormValues;
  onChange: (field: keyof ApplicationFormValues) => (value: string) => void;
  errors: Record<string, string>;
}

export function CategoryStep({ values, onChange, errors }: StepProps) {
  const { t } = useTranslation('residency');
  return (
    <>
      <RadioGroup
        name="category"
        legend={t('fields.category')}
        value={values.category}
        onChange={onChange('category')}
        error={errors.category}
        options={RESIDENCY_CATEGORIES.map((category) => ({
          value: category,
          label: t(`categories.${category}`),
          hint: t(`categoryHints.${category}`),
        }))}
      />
      <RadioGroup
        name="district"
        legend={t('fields.district')}
        value={values.district}
        onChange={onChange('district')}
        error={errors.district}
        horizontal
        options={DISTRICTS.map((district) => ({ value: district, label: t(`districts.${district}`) }))}
      />
    </>
  );
}
