import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MY_CARDS, REQUEST_CITIZEN_CARD } from './operations';
import { CardErrorAlert } from './CardErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { useFormSubmission } from '../forms/useFormSubmission';

/** Asks for the card; one idempotency key per page visit, so a retried click makes one request. */
export function RequestCardForm() {
  const { t } = useTranslation('cards');
  const [idempotencyKey] = useState(() => crypto.randomUUID().replace(/-/g, ''));
  const [requestCard] = useMutation(REQUEST_CITIZEN_CARD, { refetchQueries: [MY_CARDS], awaitRefetchQueries: true });
  const { busy, error, run } = useFormSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => requestCard({ variables: { input: { idempotencyKey } } }));
  };

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="request-card-form">
      <h2 className="kern-heading-medium">{t('ui.request.heading')}</h2>
      <p className="kern-body">{t('ui.request.intro')}</p>
      {error && <CardErrorAlert error={error} />}
      <SubmitButton label={t('ui.request.submit')} busy={busy} />
    </form>
  );
}
