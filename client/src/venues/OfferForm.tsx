import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../packages/shared/src/index.js';
import {
  CREATE_OFFER,
  MANAGED_VENUE,
  RESIDENT_CATEGORIES,
  UPDATE_OFFER,
  type Offer,
  type OfferInput,
  type OfferTranslationDraft,
} from './operations';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormField, inputClass } from '../components/FormField';
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

/** Languages with a translation of their own: all but German and English, which have their own fields. */
const TRANSLATION_LANGUAGES = LANGUAGES.filter((language) => language.code !== 'de' && language.code !== 'en');
const TRANSLATION_FIELDS = ['title', 'description', 'conditions'] as const;
type TranslationField = (typeof TRANSLATION_FIELDS)[number];
const TRANSLATION_LABELS = {
  title: 'offers.translationTitle',
  description: 'offers.translationDescription',
  conditions: 'offers.translationConditions',
} as const;
const EMPTY_TRANSLATION: OfferTranslationDraft = { title: '', description: '', conditions: '' };
/** Where the server reports a problem in one translation, e.g. "translations.2.title" (possibly behind "input."). */
const TRANSLATION_PATH = /(?:^|\.)translations\.(\d+)\.(title|description|conditions)$/;

/** The stored translations by language code, for editing. */
function draftsOf(offer?: Offer): Record<string, OfferTranslationDraft> {
  const drafts: Record<string, OfferTranslationDraft> = {};
  for (const { language, title, description, conditions } of offer?.translations ?? [])
    drafts[language] = { title, description, conditions };
  return drafts;
}

/** The translations to send, in language order: those with any text; the others are left out (and so removed). */
function translationsToSend(drafts: Record<string, OfferTranslationDraft>) {
  return TRANSLATION_LANGUAGES.flatMap(({ code }) => {
    const draft = drafts[code] ?? EMPTY_TRANSLATION;
    const filled = TRANSLATION_FIELDS.some((field) => draft[field].trim() !== '');
    return filled ? [{ language: code, title: draft.title, description: draft.description, conditions: draft.conditions }] : [];
  });
}

/** Creates an offer, or edits `offer`; German and English texts side by side. */
export function OfferForm({ offer, onDone }: { offer?: Offer; onDone: () => void }) {
  const { t } = useTranslation('venues');
  const [values, setValues] = useState<OfferInput>(() => {
    if (!offer) return EMPTY;
    const { titleDe, titleEn, descriptionDe, descriptionEn, conditionsDe, conditionsEn } = offer;
    const { discountPercent, fixedPriceCents, categories, validFrom, validUntil } = offer;
    return {
      titleDe,
      titleEn,
      descriptionDe,
      descriptionEn,
      conditionsDe,
      conditionsEn,
      discountPercent,
      fixedPriceCents,
      categories,
      validFrom,
      validUntil,
    };
  });
  const [translations, setTranslations] = useState<Record<string, OfferTranslationDraft>>(() => draftsOf(offer));
  /** The languages of the translations last sent, in order: the server names a translation by its index. */
  const [sentLanguages, setSentLanguages] = useState<string[]>([]);
  const translationsHintId = useId();
  const [kind, setKind] = useState<'percent' | 'fixed'>(offer?.fixedPriceCents != null ? 'fixed' : 'percent');
  const [create] = useMutation(CREATE_OFFER, { refetchQueries: [MANAGED_VENUE] });
  const [update] = useMutation(UPDATE_OFFER, { refetchQueries: [MANAGED_VENUE] });
  const submission = useFormSubmission();
  const set =
    <K extends keyof OfferInput>(key: K) =>
    (value: OfferInput[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const fieldError = (field: string) => submission.error?.details.find((problem) => problem.field === field)?.message;
  const translationError = (language: string, field: TranslationField) =>
    submission.error?.details.find((problem) => {
      const match = TRANSLATION_PATH.exec(problem.path ?? '');
      return match !== null && match[2] === field && sentLanguages[Number(match[1])] === language;
    })?.message;
  const setTranslation = (language: string, field: TranslationField) => (value: string) =>
    setTranslations((current) => ({ ...current, [language]: { ...(current[language] ?? EMPTY_TRANSLATION), [field]: value } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: OfferInput = {
      ...values,
      discountPercent: kind === 'percent' ? Number(values.discountPercent ?? 0) : null,
      fixedPriceCents: kind === 'fixed' ? Number(values.fixedPriceCents ?? 0) : null,
      validUntil: values.validUntil || null,
    };
    const translationInput = translationsToSend(translations);
    setSentLanguages(translationInput.map((translation) => translation.language));
    void submission.run(async () => {
      if (offer) await update({ variables: { input: { ...input, translations: translationInput, id: offer.id } } });
      else await create({ variables: { input: { ...input, translations: translationInput } } });
      onDone();
    });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="offer-form">
      {submission.error && (
        <ErrorAlert error={submission.error} formFields={['titleDe', 'titleEn', 'discountPercent', ...TRANSLATION_FIELDS]} />
      )}
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
      <fieldset className="kern-fieldset offer-translations" data-testid="offer-translations" aria-describedby={translationsHintId}>
        <legend className="kern-label">{t('offers.translations')}</legend>
        <p className="kern-hint" id={translationsHintId}>
          {t('offers.translationsHint')}
        </p>
        {TRANSLATION_LANGUAGES.map(({ code, nativeName, dir }) => (
          <fieldset key={code} className="kern-fieldset offer-translation" data-testid={`offer-translation-${code}`}>
            <legend className="kern-label">
              <span lang={code} dir={dir}>
                {nativeName}
              </span>
            </legend>
            {TRANSLATION_FIELDS.map((field) => {
              const error = translationError(code, field);
              return (
                <FormField key={field} name={`translation-${code}-${field}`} label={t(TRANSLATION_LABELS[field])} error={error}>
                  {(control) => (
                    <input
                      {...control}
                      className={inputClass(error)}
                      name={`translation-${code}-${field}`}
                      type="text"
                      lang={code}
                      dir={dir}
                      value={translations[code]?.[field] ?? ''}
                      onChange={(event) => setTranslation(code, field)(event.target.value)}
                    />
                  )}
                </FormField>
              );
            })}
          </fieldset>
        ))}
      </fieldset>
      <div className="button-row">
        <SubmitButton label={t('offers.save')} busy={submission.busy} />
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onDone}>
          <span className="kern-label">{t('offers.cancel')}</span>
        </button>
      </div>
    </form>
  );
}
