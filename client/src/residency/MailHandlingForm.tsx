import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UPDATE_MAIL_HANDLING, type MailHandling, type VirtualAddress } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { RadioGroup } from '../components/RadioGroup';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf } from '../forms/validation';

const PREFERENCES: MailHandling[] = ['hold', 'scan', 'forward'];
const FORWARD_FIELDS = ['name', 'street', 'postcode', 'city', 'country'] as const;

/** Forward to a real address, scan into the app, or hold for pick-up. */
export function MailHandlingForm({ address }: { address: VirtualAddress }) {
  const { t } = useTranslation('residency');
  const { t: tc } = useTranslation();
  const [preference, setPreference] = useState<MailHandling>(address.mailHandling);
  const [forward, setForward] = useState({
    name: address.forwardingAddress?.name ?? '',
    street: address.forwardingAddress?.street ?? '',
    postcode: address.forwardingAddress?.postcode ?? '',
    city: address.forwardingAddress?.city ?? '',
    country: address.forwardingAddress?.country ?? 'DE',
  });
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(UPDATE_MAIL_HANDLING);
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
    const result = await run(() => update({ variables: { input: { addressId: address.id, preference, forwardingAddress } } }));
    if (result?.data) setSaved(true);
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate data-testid="mail-handling-form">
      {error && <ErrorAlert error={error} formFields={[...FORWARD_FIELDS, 'preference']} />}
      {saved && <SuccessPanel title={t('mailHandling.saved')} />}
      <RadioGroup
        name="mailHandling"
        legend={t('mailHandling.legend')}
        value={preference}
        onChange={(value) => setPreference(value as MailHandling)}
        options={PREFERENCES.map((value) => ({ value, label: t(`mailHandling.${value}`), hint: t(`mailHandling.${value}Hint`) }))}
      />
      {preference === 'forward' &&
        FORWARD_FIELDS.map((field) => (
          <TextField
            key={field}
            name={field}
            label={t(`mailHandling.fields.${field}`)}
            value={forward[field]}
            onChange={(value) => setForward((previous) => ({ ...previous, [field]: value }))}
            error={errors[field]}
          />
        ))}
      <div>
        <SubmitButton label={t('mailHandling.save')} busy={busy} />
      </div>
    </form>
  );
}
