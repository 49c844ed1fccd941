import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../api/appError';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { TextField } from '../components/TextField';
import { fieldErrorsOf } from '../forms/validation';
import { formatDate } from '../utils/formatDate';
import { COMPLETE_BUSINESS_MAIL, STAFF_BUSINESS_MAILBOX, type StaffBusinessMailbox } from './operations';
import { recordLetter } from './recordLetter';

const MAIL_STAFF_ROLES = ['staff_economic_development', 'admin'];

const todayInBerlin = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

/** Staff area panel of this domain (rendered by StaffPage); shown to the staff who handle service-point mail. */
export function StaffMailPanel() {
  const account = useSignedInAccount();
  if (!account.roles.some((role) => MAIL_STAFF_ROLES.includes(role))) return null;
  return <MailDesk />;
}

function MailDesk() {
  const { t, i18n } = useTranslation('business-address');
  const [mailboxInput, setMailboxInput] = useState('');
  const [mailbox, setMailbox] = useState<StaffBusinessMailbox>();
  const [find, lookup] = useLazyQuery(STAFF_BUSINESS_MAILBOX, { fetchPolicy: 'network-only' });
  const [complete] = useMutation(COMPLETE_BUSINESS_MAIL);
  const [sender, setSender] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayInBerlin());
  const [scan, setScan] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const errors = fieldErrorsOf(error);

  async function search(event: FormEvent) {
    event.preventDefault();
    setRecorded(null);
    setError(null);
    const { data } = await find({ variables: { mailbox: mailboxInput } });
    setMailbox(data?.staffBusinessMailbox);
  }

  async function refresh(current: StaffBusinessMailbox) {
    const { data } = await find({ variables: { mailbox: current.mailbox.replace(/^Fach\s+/, '') } });
    if (data) setMailbox(data.staffBusinessMailbox);
  }

  async function record(event: FormEvent) {
    event.preventDefault();
    if (!mailbox || busy) return;
    setBusy(true);
    setError(null);
    setRecorded(null);
    try {
      const item = await recordLetter(
        { allocationId: mailbox.allocationId, sender, receivedOn },
        mailbox.handling === 'scan' ? scan : null,
      );
      setRecorded(item.sender);
      setSender('');
      setScan(null);
      if (fileInput.current) fileInput.current.value = '';
      await refresh(mailbox);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  }

  async function markDone(itemId: string) {
    if (!mailbox) return;
    try {
      await complete({ variables: { itemId } });
      await refresh(mailbox);
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  return (
    <section className="kern-card kern-card--surface" aria-labelledby="staff-mail-heading" data-testid="staff-business-mail">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="staff-mail-heading">
          {t('staff.heading')}
        </h2>
        <p className="kern-body">{t('staff.intro')}</p>
        <form className="stack" onSubmit={(event) => void search(event)} noValidate data-testid="staff-mailbox-lookup">
          <TextField
            name="businessMailbox"
            label={t('staff.mailbox')}
            hint={t('staff.mailboxHint')}
            value={mailboxInput}
            onChange={setMailboxInput}
          />
          <SubmitButton label={t('staff.lookUp')} busy={lookup.loading} />
        </form>
        {lookup.error && (
          <div data-testid="staff-mailbox-not-found">
            <ErrorAlert error={toAppError(lookup.error)} />
          </div>
        )}
        {mailbox && (
          <div className="stack" data-testid="staff-mailbox">
            <p className="kern-body">
              <strong>{mailbox.mailbox}</strong> · {t('staff.company', { name: mailbox.companyName })}
            </p>
            <p className="kern-body" data-testid="staff-mailbox-handling" data-handling={mailbox.handling}>
              {mailbox.serviceStatus === 'active'
                ? t('staff.handling', { handling: t(`service.handling.${mailbox.handling}`) })
                : t('staff.noService')}
            </p>
            {recorded && <SuccessPanel title={t('staff.recorded', { sender: recorded })} />}
            {error && <ErrorAlert error={error} formFields={['sender', 'receivedOn', 'scan']} />}
            <form className="stack" onSubmit={(event) => void record(event)} noValidate data-testid="staff-record-letter">
              <TextField name="sender" label={t('staff.sender')} value={sender} onChange={setSender} error={errors.sender} />
              <TextField
                name="receivedOn"
                type="date"
                label={t('staff.receivedOn')}
                value={receivedOn}
                onChange={setReceivedOn}
                error={errors.receivedOn}
              />
              {mailbox.handling === 'scan' && (
                <div className={`kern-form-input${errors.scan ? ' kern-form-input--error' : ''}`}>
                  <label className="kern-label" htmlFor="business-mail-scan">
                    {t('staff.scan')}
                  </label>
                  <div className="kern-hint" id="business-mail-scan-hint">
                    {t('staff.scanHint')}
                  </div>
                  <input
                    ref={fileInput}
                    className="kern-form-input__input"
                    id="business-mail-scan"
                    type="file"
                    accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                    aria-describedby="business-mail-scan-hint"
                    onChange={(event) => setScan(event.target.files?.[0] ?? null)}
                    data-testid="staff-letter-scan"
                  />
                </div>
              )}
              <div data-testid="staff-record-submit">
                <SubmitButton label={busy ? t('staff.recording') : t('staff.record')} busy={busy} />
              </div>
            </form>
            {mailbox.recentItems.length > 0 && (
              <div className="stack">
                <h3 className="kern-heading-small">{t('staff.recent')}</h3>
                <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
                  {mailbox.recentItems.map((item) => (
                    <li key={item.id} data-testid="staff-mail-item" data-status={item.status}>
                      <span className="kern-body">
                        {formatDate(`${item.receivedOn}T12:00:00Z`, i18n.language)} · {item.sender} · {t(`mailbox.status.${item.status}`)}
                      </span>{' '}
                      {(item.status === 'awaiting_forwarding' || item.status === 'awaiting_pickup') && (
                        <button
                          type="button"
                          className="kern-btn kern-btn--tertiary"
                          onClick={() => void markDone(item.id)}
                          data-testid="staff-mail-complete"
                        >
                          <span className="kern-label">{t(`staff.complete.${item.status}`)}</span>
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
