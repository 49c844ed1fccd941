import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CREATE_OFFER, MANAGED_VENUE, RESIDENT_CATEGORIES, UPDATE_OFFER, type Offer, type OfferInput } from './operations';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';

const EMPTY: OfferInput = {
  titleDe: '',
  titleEn: '',
  descriptionDe: '',
  descriptionEn: '',
  discountPercent: 20,
  fixedPriceCents: null,
  categories: [...RESIDENT_CATEGORIES],
  validFrom: new Date().toISOString().slice(0, 10),
  validUntil: null,
  conditionsDe: '',
  conditionsEn: '',
};

/** Creates an offer, or edits `offer`; German and English texts side by side. */
export function OfferForm({ offer, onDone }: { offer?: Offer; onDone: () => void }) {
  const { t } = useTranslation('venues');
  const [values, setValues] = useState<OfferInput>(() => {
    if (!offer) return EMPTY;
    const { id: _id, venueId: _venueId, venue: _venue, ...rest } = offer;
    return rest;
  });
  const [kind, setKind] = useState<'percent' | 'fixed'>(offer?.fixedPriceCents != null ? 'fixed' : 'percent');
  const [create] = useMutation(CREATE_OFFER, { refetchQueries: [MANAGED_VENUE] });
  const [update] = useMutation(UPDATE_OFFER, { refetchQueries: [MANAGED_VENUE] });
  const submission = useFormSubmission();
  const set =
    <K extends keyof OfferInput>(key: K) =>
    (value: OfferInput[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const fieldError = (field: string) => submission.error?.details.find((problem) => problem.field === field)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: OfferInput = {
      ...values,
      discountPercent: kind === 'percent' ? Number(values.discountPercent ?? 0) : null,
      fixedPriceCents: kind === 'fixed' ? Number(values.fixedPriceCents ?? 0) : null,
      validUntil: values.validUntil || null,
    };
    void submission.run(async () => {
      if (offer) await update({ variables: { input: { ...input, id: offer.id } } });
      else await create({ variables: { input } });
      onDone();
    });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="offer-form">
      {submission.error && <ErrorAlert error={submission.error} formFields={['titleDe', 'titleEn', 'discountPercent']} />}
      <TextField
        name="titleDe"
        label={t('offers.titleDe')}
        value={values.titleDe}
        onChange={set('titleDe')}
        error={fieldError('titleDe')}
      />
      <TextField
        name="titleEn"
        label={t('offers.titleEn')}
        value={values.titleEn}
        onChange={set('titleEn')}
        error={fieldError('titleEn')}
      />
      <TextField name="descriptionDe" label={t('offers.descriptionDe')} value={values.descriptionDe} onChange={set('descriptionDe')} />
      <TextField name="descriptionEn" label={t('offers.descriptionEn')} value={values.descriptionEn} onChange={set('descriptionEn')} />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('offers.discount')}</legend>
        <div className="button-row">
          <label className="kern-body">
            <input type="radio" name="discountKind" checked={kind === 'percent'} onChange={() => setKind('percent')} />{' '}
            {t('offers.percent')}
          </label>
          <label className="kern-body">
            <input type="radio" name="discountKind" checked={kind === 'fixed'} onChange={() => setKind('fixed')} /> {t('offers.fixedPrice')}
          </label>
        </div>
        {kind === 'percent' ? (
          <TextField
            name="discountPercent"
            label={t('offers.percentValue')}
            value={String(values.discountPercent ?? '')}
            onChange={(value) => set('discountPercent')(Number(value) || null)}
            error={fieldError('discountPercent')}
          />
        ) : (
          <TextField
            name="fixedPriceCents"
            label={t('offers.fixedPriceValue')}
            value={String(values.fixedPriceCents ?? '')}
            onChange={(value) => set('fixedPriceCents')(Number(value) || null)}
          />
        )}
      </fieldset>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('offers.categories')}</legend>
        {RESIDENT_CATEGORIES.map((category) => (
          <CheckboxField
            key={category}
            name={`category-${category}`}
            label={t(`categories.${category}`)}
            checked={values.categories.includes(category)}
            onChange={(checked) =>
              set('categories')(checked ? [...values.categories, category] : values.categories.filter((item) => item !== category))
            }
          />
        ))}
      </fieldset>
      <TextField
        name="validFrom"
        label={t('offers.validFrom')}
        value={values.validFrom}
        onChange={set('validFrom')}
        hint="JJJJ-MM-TT / YYYY-MM-DD"
      />
      <TextField
        name="validUntil"
        label={t('offers.validUntil')}
        value={values.validUntil ?? ''}
        onChange={(value) => set('validUntil')(value || null)}
        hint="JJJJ-MM-TT / YYYY-MM-DD"
      />
      <TextField name="conditionsDe" label={t('offers.conditionsDe')} value={values.conditionsDe} onChange={set('conditionsDe')} />
      <TextField name="conditionsEn" label={t('offers.conditionsEn')} value={values.conditionsEn} onChange={set('conditionsEn')} />
      <div className="button-row">
        <SubmitButton label={t('offers.save')} busy={submission.busy} />
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onDone}>
          <span className="kern-label">{t('offers.cancel')}</span>
        </button>
      </div>
    </form>
  );
}
