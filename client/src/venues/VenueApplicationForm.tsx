import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { fieldErrorsOf } from '../forms/validation';
import { MY_VENUE_APPLICATIONS, SUBMIT_VENUE_APPLICATION } from './onboarding-operations';
import { RESIDENT_CATEGORIES, VENUE_KINDS, type VenueKind } from './operations';

interface OfferDraft {
  titleDe: string;
  titleEn: string;
  discountPercent: string;
}

const NEW_OFFER: OfferDraft = { titleDe: '', titleEn: '', discountPercent: '20' };
const DISTRICTS = ['bochum', 'wattenscheid'];
const TEXT_FIELDS = ['organisationName', 'address', 'contactName', 'contactEmail', 'contactPhone'] as const;
type TextFieldName = (typeof TEXT_FIELDS)[number];

/** The application: the organisation, its contact, the proposed offers and which residents they are for. */
export function VenueApplicationForm() {
  const { t } = useTranslation(['venues', 'residency']);
  const [texts, setTexts] = useState<Record<TextFieldName, string>>({
    organisationName: '',
    address: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  });
  const [kind, setKind] = useState<VenueKind>('pool');
  const [district, setDistrict] = useState('bochum');
  const [description, setDescription] = useState('');
  const [categories, setCategories] = useState<string[]>([...RESIDENT_CATEGORIES]);
  const [offers, setOffers] = useState<OfferDraft[]>([{ ...NEW_OFFER }]);
  const [submit] = useMutation(SUBMIT_VENUE_APPLICATION, { refetchQueries: [MY_VENUE_APPLICATIONS], awaitRefetchQueries: true });
  const submission = useFormSubmission();
  const errors = fieldErrorsOf(submission.error);
  const offerError = (index: number, field: string) => errors[`offers.${index}.${field}`];

  const changeOffer = (index: number, change: Partial<OfferDraft>) =>
    setOffers((current) => current.map((offer, at) => (at === index ? { ...offer, ...change } : offer)));

  const send = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(() =>
      submit({
        variables: {
          input: {
            ...texts,
            kind,
            district,
            description,
            categories,
            offers: offers.map((offer) => ({
              titleDe: offer.titleDe,
              ...(offer.titleEn.trim() ? { titleEn: offer.titleEn } : {}),
              discountPercent: Number.parseInt(offer.discountPercent, 10) || null,
            })),
          },
        },
      }),
    );
  };

  const formFields = [
    ...TEXT_FIELDS,
    'categories',
    'offers',
    ...offers.flatMap((_, index) => [`offers.${index}.titleDe`, `offers.${index}.discountPercent`]),
  ];
  return (
    <form className="stack-large" onSubmit={send} noValidate data-testid="venue-application-form">
      {submission.error && <ErrorAlert error={submission.error} formFields={formFields} />}
      <fieldset className="kern-fieldset stack">
        <legend className="kern-label kern-label--large">{t('apply.organisation')}</legend>
        <TextField
          name="organisationName"
          label={t('apply.fields.organisationName')}
          value={texts.organisationName}
          onChange={(value) => setTexts({ ...texts, organisationName: value })}
          error={errors.organisationName}
          autoComplete="organization"
        />
        <SelectField
          name="kind"
          label={t('apply.fields.kind')}
          value={kind}
          onChange={(value) => setKind(value as VenueKind)}
          options={VENUE_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
        />
        <TextField
          name="address"
          label={t('apply.fields.address')}
          value={texts.address}
          onChange={(value) => setTexts({ ...texts, address: value })}
          error={errors.address}
          autoComplete="street-address"
        />
        <SelectField
          name="district"
          label={t('apply.fields.district')}
          value={district}
          onChange={setDistrict}
          options={DISTRICTS.map((value) => ({ value, label: t(`districts.${value}` as 'districts.bochum', { ns: 'residency' }) }))}
        />
        <TextAreaField
          name="description"
          label={t('apply.fields.description')}
          value={description}
          onChange={setDescription}
          maxLength={2000}
          error={errors.description}
        />
      </fieldset>
      <fieldset className="kern-fieldset stack">
        <legend className="kern-label kern-label--large">{t('apply.contact')}</legend>
        <TextField
          name="contactName"
          label={t('apply.fields.contactName')}
          value={texts.contactName}
          onChange={(value) => setTexts({ ...texts, contactName: value })}
          error={errors.contactName}
          autoComplete="name"
        />
        <TextField
          name="contactEmail"
          type="email"
          label={t('apply.fields.contactEmail')}
          value={texts.contactEmail}
          onChange={(value) => setTexts({ ...texts, contactEmail: value })}
          error={errors.contactEmail}
          autoComplete="email"
        />
        <TextField
          name="contactPhone"
          label={t('apply.fields.contactPhone')}
          value={texts.contactPhone}
          onChange={(value) => setTexts({ ...texts, contactPhone: value })}
          error={errors.contactPhone}
          autoComplete="tel"
        />
      </fieldset>
      <fieldset className="kern-fieldset stack">
        <legend className="kern-label kern-label--large">{t('apply.qualifying')}</legend>
        {RESIDENT_CATEGORIES.map((category) => (
          <CheckboxField
            key={category}
            name={`category-${category}`}
            label={t(`categories.${category}`)}
            checked={categories.includes(category)}
            onChange={(checked) => setCategories(checked ? [...categories, category] : categories.filter((value) => value !== category))}
          />
        ))}
        {errors.categories && <p className="kern-body kern-text--error">{errors.categories}</p>}
      </fieldset>
      <fieldset className="kern-fieldset stack">
        <legend className="kern-label kern-label--large">{t('apply.offers')}</legend>
        <p className="kern-body kern-body--small">{t('apply.offersHint')}</p>
        {offers.map((offer, index) => (
          <div className="stack proposed-offer" key={index} data-testid="proposed-offer">
            <h3 className="kern-heading-small">{t('apply.offerNumber', { number: index + 1 })}</h3>
            <TextField
              name={`offer-${index}-titleDe`}
              label={t('apply.fields.offerTitleDe')}
              value={offer.titleDe}
              onChange={(value) => changeOffer(index, { titleDe: value })}
              error={offerError(index, 'titleDe')}
            />
            <TextField
              name={`offer-${index}-titleEn`}
              label={t('apply.fields.offerTitleEn')}
              hint={t('apply.optional')}
              value={offer.titleEn}
              onChange={(value) => changeOffer(index, { titleEn: value })}
            />
            <TextField
              name={`offer-${index}-discount`}
              label={t('apply.fields.discountPercent')}
              value={offer.discountPercent}
              onChange={(value) => changeOffer(index, { discountPercent: value })}
              error={offerError(index, 'discountPercent')}
            />
            {offers.length > 1 && (
              <div>
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary"
                  onClick={() => setOffers(offers.filter((_, at) => at !== index))}
                >
                  <span className="kern-label">{t('apply.removeOffer')}</span>
                </button>
              </div>
            )}
          </div>
        ))}
        {offers.length < 10 && (
          <div>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setOffers([...offers, { ...NEW_OFFER }])}>
              <span className="kern-label">{t('apply.addOffer')}</span>
            </button>
          </div>
        )}
      </fieldset>
      <SubmitButton label={t('apply.submit')} busy={submission.busy} />
    </form>
  );
}
