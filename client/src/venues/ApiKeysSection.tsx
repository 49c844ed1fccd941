import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CREATE_API_KEY, MANAGED_VENUE, REVOKE_API_KEY, type VenueApiKey } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { formatDateTime } from '../utils/formatDate';

/** Partner API keys: create (the key is shown this once), list, revoke. */
export function ApiKeysSection({ keys }: { keys: VenueApiKey[] }) {
  const { t, i18n } = useTranslation('venues');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string>();
  const [copied, setCopied] = useState(false);
  const [create] = useMutation(CREATE_API_KEY, { refetchQueries: [MANAGED_VENUE] });
  const [revoke] = useMutation(REVOKE_API_KEY, { refetchQueries: [MANAGED_VENUE] });
  const submission = useFormSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const { data } = await create({ variables: { input: { name } } });
      setCreated(data?.createVenueApiKey.key);
      setCopied(false);
      setName('');
    });
  };

  const copy = async () => {
    if (!created) return;
    await navigator.clipboard.writeText(created).catch(() => undefined);
    setCopied(true);
  };

  return (
    <section className="kern-card kern-card--surface" aria-labelledby="api-keys-heading" data-testid="api-keys">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="api-keys-heading">
          {t('keys.heading')}
        </h2>
        <p className="kern-body">{t('keys.intro')}</p>
        {created && (
          <div className="stack new-api-key" data-testid="new-api-key">
            <p className="kern-body kern-body--bold">{t('keys.shownOnce')}</p>
            <code className="api-key" data-testid="api-key-value">
              {created}
            </code>
            <div className="button-row">
              <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void copy()} data-testid="copy-api-key">
                <span className="kern-label">{copied ? t('keys.copied') : t('keys.copy')}</span>
              </button>
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                onClick={() => setCreated(undefined)}
                data-testid="hide-api-key"
              >
                <span className="kern-label">{t('keys.done')}</span>
              </button>
            </div>
          </div>
        )}
        <ul className="stack plain-list" data-testid="api-key-list">
          {keys.map((key) => (
            <li key={key.id} className="api-key-row" data-testid="api-key-row">
              <span className="kern-body">
                <strong>{key.name}</strong> · <code>{key.prefix}…</code> ·{' '}
                {t('keys.created', { time: formatDateTime(key.createdAt, i18n.language) })} ·{' '}
                {key.lastUsedAt ? t('keys.lastUsed', { time: formatDateTime(key.lastUsedAt, i18n.language) }) : t('keys.neverUsed')}
              </span>
              {key.revokedAt ? (
                <span className="kern-body">{t('keys.revoked', { time: formatDateTime(key.revokedAt, i18n.language) })}</span>
              ) : (
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  data-testid="revoke-api-key"
                  onClick={() =>
                    window.confirm(t('keys.confirmRevoke')) && void submission.run(() => revoke({ variables: { id: key.id } }))
                  }
                >
                  <span className="kern-label">{t('keys.revoke')}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
        {submission.error && <ErrorAlert error={submission.error} formFields={['name']} />}
        <form className="stack" onSubmit={submit} noValidate data-testid="create-api-key-form">
          <TextField name="keyName" label={t('keys.name')} hint={t('keys.nameHint')} value={name} onChange={setName} />
          <SubmitButton label={t('keys.create')} busy={submission.busy} />
        </form>
      </div>
    </section>
  );
}
