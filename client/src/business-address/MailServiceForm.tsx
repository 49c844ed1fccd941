import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { RadioGroup } from '../components/RadioGroup';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf } from '../forms/validation';
import { CHANGE_BUSINESS_MAIL_HANDLING, SET_UP_BUSINESS_MAIL_SERVICE, type CompanyBusinessAddress, type MailHandling } from './operations';

const PREFERENCES: MailHandling[] = ['scan', 'forward', 'hold'];
const FORWARD_FIELDS = ['name', 'street', 'postcode', 'city', 'country'] as const;

/** Scan into the company mailbox, forward to an address, or hold for pick-up. */
export function MailServiceForm({ companyId, address }: { companyId: string; address: CompanyBusinessAddress }) {
  const { t } = useTranslation('business-address');
  const { t: tc } = useTranslation();
  const current = address.service?.status === 'active' ? address.service : null;
  const [preference, setPreference] = useState<MailHandling>(current?.mailHandling ?? 'scan');
  const [forward, setForward] = useState({
    name: current?.forwardingAddress?.name ?? '',
    street: current?.forwardingAddress?.street ?? '',
    postcode: current?.forwardingAddress?.postcode ?? '',
    city: current?.forwardingAddress?.city ?? '',
    country: current?.forwardingAddress?.country ?? '',
  });
  const [saved, setSaved] = useState(false);
  const [setUp] = useMutation(SET_UP_BUSINESS_MAIL_SERVICE);
  const [change] = useMutation(CHANGE_BUSINESS_MAIL_HANDLING);
  const { busy, error, setError, run } = useFormSubmission();
  const errors = fieldErrorsOf(error);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (preference === 'forward') {
      const { name: _name, ...required } = forward;
      const invalid = clientValidationError(emptyFields(required, tc('validation.required')), tc('validation.summary'));
      if (invalid) return setError(invalid);
    }
    const forwardingAddress = preference === 'forward' ? { ...forward, name: forward.name.trim() || null } : undefined;
    const input = { companyId, addressId: address.id, preference, forwardingAddress };
    const result = await run(async () =>
      current ? (await change({ variables: { input } })).data : (await setUp({ variables: { input } })).data,
    );
    if (result && current) setSaved(true);
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate data-testid="business-mail-handling-form">
      {error && <ErrorAlert error={error} formFields={[...FORWARD_FIELDS, 'preference', 'forwardingAddress']} />}
      {saved && <SuccessPanel title={t('service.saved')} />}
      <div data-testid="business-mail-handling">
        <RadioGroup
          name="businessMailHandling"
          legend={t('service.legend')}
          value={preference}
          onChange={(value) => setPreference(value as MailHandling)}
          options={PREFERENCES.map((value) => ({ value, label: t(`service.handling.${value}`), hint: t(`service.handling.${value}Hint`) }))}
        />
      </div>
      {preference === 'forward' && (
        <div className="stack" data-testid="business-mail-forwarding-address">
          {FORWARD_FIELDS.map((field) => (
            <TextField
              key={field}
              name={`forward-${field}`}
              label={t(`service.fields.${field}`)}
              value={forward[field]}
              onChange={(value) => setForward((previous) => ({ ...previous, [field]: value }))}
              error={errors[field]}
            />
          ))}
        </div>
      )}
      <div data-testid="business-mail-submit">
        <SubmitButton label={current ? t('service.save') : t('service.setUp')} busy={busy} />
      </div>
    </form>
  );
}
