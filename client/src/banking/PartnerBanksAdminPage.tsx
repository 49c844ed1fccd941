import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../api/appError';
import { Alert } from '../components/Alert';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { Ltr } from '../components/Ltr';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { fieldErrorsOf } from '../forms/validation';
import { usePageTitle } from '../i18n/usePageTitle';
import {
  ADMINISTERED_PARTNER_BANKS,
  CREATE_PARTNER_BANK,
  ROTATE_PARTNER_BANK_SECRET,
  UPDATE_PARTNER_BANK,
  type AdministeredPartnerBank,
} from './partnerBankAdminOperations';

const FIELDS = ['code', 'name', 'bic', 'bankCode', 'apiBaseUrl'] as const;
type Details = Record<(typeof FIELDS)[number], string>;
const EMPTY: Details = { code: '', name: '', bic: '', bankCode: '', apiBaseUrl: 'https://' };

/** Administrators enter the partner banks; a webhook secret is shown once, when made. */
export function PartnerBanksAdminPage() {
  const { t } = useTranslation('banking');
  usePageTitle(t('admin.title'));
  const banks = useQuery(ADMINISTERED_PARTNER_BANKS, { fetchPolicy: 'network-only' });
  const [secret, setSecret] = useState<{ bank: string; value: string } | null>(null);
  const [rotate] = useMutation(ROTATE_PARTNER_BANK_SECRET);
  const [rotateError, setRotateError] = useState<AppError | null>(null);

  async function rotateSecret(bank: AdministeredPartnerBank) {
    if (!window.confirm(t('admin.rotateConfirm', { name: bank.name }))) return;
    setRotateError(null);
    try {
      const { data } = await rotate({ variables: { id: bank.id } });
      if (data) setSecret({ bank: data.rotatePartnerBankSecret.bank.name, value: data.rotatePartnerBankSecret.webhookSecret });
    } catch (caught) {
      setRotateError(toAppError(caught));
    }
  }

  return (
    <div className="stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('admin.title')}</h1>
        <p className="kern-body">{t('admin.intro')}</p>
      </div>
      {secret && (
        <Alert
          variant="warning"
          role="alert"
          title={t('admin.secretTitle', { name: secret.bank })}
          testId="bank-secret"
          focusOnShow={secret}
        >
          <p className="kern-body">{t('admin.secretOnce')}</p>
          <p className="kern-body">
            <code data-testid="bank-secret-value">
              <Ltr>{secret.value}</Ltr>
            </code>
          </p>
        </Alert>
      )}
      {rotateError && <ErrorAlert error={rotateError} />}
      <section className="stack" aria-labelledby="banks-heading">
        <h2 className="kern-heading-medium" id="banks-heading">
          {t('admin.listHeading')}
        </h2>
        {banks.loading && <LoadingIndicator />}
        {banks.error && <ErrorAlert error={toAppError(banks.error)} />}
        <ul className="stack" role="list" data-testid="partner-banks">
          {banks.data?.administeredPartnerBanks.map((bank) => (
            <li key={bank.id} className="kern-card kern-card--surface">
              <div className="kern-card__container stack">
                <h3 className="kern-title">{bank.name}</h3>
                <p className="kern-body">
                  <Ltr>{`${bank.bic} · ${bank.bankCode} · ${bank.code}`}</Ltr>
                  {' · '}
                  {t(bank.active ? 'admin.active' : 'admin.inactive')}
                  {bank.sandbox && ` · ${t('admin.sandbox')}`}
                </p>
                <p className="kern-body kern-body--small">
                  {t('admin.webhook')} <Ltr>{bank.webhookPath}</Ltr>
                </p>
                <details>
                  <summary className="kern-link">{t('admin.edit')}</summary>
                  <BankForm bank={bank} onSaved={() => void banks.refetch()} />
                </details>
                {!bank.sandbox && (
                  <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void rotateSecret(bank)}>
                    <span className="kern-label">{t('admin.rotate')}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className="kern-card kern-card--surface" aria-labelledby="bank-new-heading">
        <div className="kern-card__container stack">
          <h2 className="kern-title" id="bank-new-heading">
            {t('admin.newHeading')}
          </h2>
          <BankForm
            onSaved={(created) => {
              if (created) setSecret(created);
              void banks.refetch();
            }}
          />
        </div>
      </section>
    </div>
  );
}

function BankForm({ bank, onSaved }: { bank?: AdministeredPartnerBank; onSaved: (created?: { bank: string; value: string }) => void }) {
  const { t } = useTranslation('banking');
  const [values, setValues] = useState<Details>(bank ? { ...bank } : EMPTY);
  const [active, setActive] = useState(bank?.active ?? true);
  const [create] = useMutation(CREATE_PARTNER_BANK);
  const [update] = useMutation(UPDATE_PARTNER_BANK);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = fieldErrorsOf(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const { code, ...details } = values;
      if (bank) {
        await update({ variables: { input: { id: bank.id, ...details, active } } });
        setSaved(true);
        onSaved();
      } else {
        const { data } = await create({ variables: { input: { code, ...details } } });
        setValues(EMPTY);
        if (data) onSaved({ bank: data.createPartnerBank.bank.name, value: data.createPartnerBank.webhookSecret });
      }
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  }

  const fields = bank ? FIELDS.filter((field) => field !== 'code') : FIELDS;
  return (
    <form
      className="stack"
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid={bank ? `bank-form-${bank.code}` : 'bank-form-new'}
    >
      {error && <ErrorAlert error={error} formFields={[...fields]} />}
      {saved && (
        <p className="kern-body" role="status">
          {t('admin.saved')}
        </p>
      )}
      {fields.map((field) => (
        <TextField
          key={field}
          name={field}
          label={t(`admin.fields.${field}`)}
          hint={field === 'code' ? t('admin.codeHint') : undefined}
          value={values[field]}
          onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
          error={errors[field]}
        />
      ))}
      {bank && <CheckboxField name="active" label={t('admin.activeLabel')} checked={active} onChange={setActive} />}
      <SubmitButton label={t(bank ? 'admin.save' : 'admin.create')} busy={busy} />
    </form>
  );
}
