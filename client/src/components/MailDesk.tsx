import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../api/appError';
import { fieldErrorsOf } from '../forms/validation';
import { formatDate } from '../utils/formatDate';
import { ErrorAlert } from './ErrorAlert';
import { SubmitButton } from './SubmitButton';
import { SuccessPanel } from './SuccessPanel';
import { TextField } from './TextField';

export interface DeskLetter {
  id: string;
  receivedOn: string;
  sender: string;
  status: string;
}

/** A mailbox as the desk shows it; the texts about its holder and handling come from its domain. */
export interface DeskMailbox {
  allocationId: string;
  mailbox: string;
  holder: string;
  handlingText: string;
  handling: string;
  recentItems: DeskLetter[];
}

export interface MailDeskTexts {
  heading: string;
  intro: string;
  mailbox: string;
  mailboxHint: string;
  lookUp: string;
  sender: string;
  receivedOn: string;
  scan: string;
  scanHint: string;
  record: string;
  recording: string;
  recent: string;
  recorded: (sender: string) => string;
  status: (status: string) => string;
  /** The button that marks a letter forwarded or picked up. */
  complete: (status: string) => string;
}

/** The desk's plain texts: every mail desk's namespace has them under `staff.<key>`. */
const PLAIN_TEXTS = [
  'heading',
  'intro',
  'mailbox',
  'mailboxHint',
  'lookUp',
  'sender',
  'receivedOn',
  'scan',
  'scanHint',
  'record',
  'recording',
  'recent',
] as const;
export type MailDeskTextKey = (typeof PLAIN_TEXTS)[number];

/** The texts of a domain's desk: the plain ones through `text` (its `staff.<key>`), the others as given. */
export function mailDeskTexts(
  text: (key: MailDeskTextKey) => string,
  rest: Pick<MailDeskTexts, 'recorded' | 'status' | 'complete'>,
): MailDeskTexts {
  return { ...(Object.fromEntries(PLAIN_TEXTS.map((key) => [key, text(key)])) as Record<MailDeskTextKey, string>), ...rest };
}

interface MailDeskProps {
  /** Distinguishes the desks of different mailbox kinds on one page (test ids, element ids). */
  kind: string;
  texts: MailDeskTexts;
  lookUp: (mailbox: string) => Promise<DeskMailbox>;
  record: (fields: { allocationId: string; sender: string; receivedOn: string }, scan: File | null) => Promise<{ sender: string }>;
  complete: (itemId: string) => Promise<unknown>;
}

const OPEN_STATUSES = ['awaiting_forwarding', 'awaiting_pickup'];

const todayInBerlin = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

/**
 * The staff desk where letters are recorded from their envelopes: look up the mailbox, record sender,
 * day and (when the holder chose scanning) the scan, mark forwarded or picked-up letters. The same
 * desk for business and residents' mailboxes; each domain gives its texts and operations.
 */
export function MailDesk({ kind, texts, lookUp, record, complete }: MailDeskProps) {
  const { i18n } = useTranslation();
  const [mailboxInput, setMailboxInput] = useState('');
  const [mailbox, setMailbox] = useState<DeskMailbox>();
  const [lookupError, setLookupError] = useState<AppError | null>(null);
  const [searching, setSearching] = useState(false);
  const [sender, setSender] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayInBerlin());
  const [scan, setScan] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const errors = fieldErrorsOf(error);
  const scanId = `${kind}-mail-scan`;

  async function find(value: string) {
    setLookupError(null);
    try {
      setMailbox(await lookUp(value));
    } catch (caught) {
      setMailbox(undefined);
      setLookupError(toAppError(caught));
    }
  }

  async function search(event: FormEvent) {
    event.preventDefault();
    setRecorded(null);
    setError(null);
    setSearching(true);
    await find(mailboxInput);
    setSearching(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!mailbox || busy) return;
    setBusy(true);
    setError(null);
    setRecorded(null);
    try {
      const item = await record({ allocationId: mailbox.allocationId, sender, receivedOn }, mailbox.handling === 'scan' ? scan : null);
      setRecorded(item.sender);
      setSender('');
      setScan(null);
      if (fileInput.current) fileInput.current.value = '';
      await find(mailbox.mailbox.replace(/^Fach\s+/, ''));
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  }

  async function markDone(itemId: string) {
    if (!mailbox) return;
    try {
      await complete(itemId);
      await find(mailbox.mailbox.replace(/^Fach\s+/, ''));
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  return (
    <section className="kern-card kern-card--surface" aria-labelledby={`${kind}-mail-heading`} data-testid={`staff-${kind}-mail`}>
      <div className="kern-card__container stack">
        <h2 className="kern-title" id={`${kind}-mail-heading`}>
          {texts.heading}
        </h2>
        <p className="kern-body">{texts.intro}</p>
        <form className="stack" onSubmit={(event) => void search(event)} noValidate data-testid="staff-mailbox-lookup">
          <TextField
            name={`${kind}Mailbox`}
            label={texts.mailbox}
            hint={texts.mailboxHint}
            value={mailboxInput}
            onChange={setMailboxInput}
          />
          <SubmitButton label={texts.lookUp} busy={searching} />
        </form>
        {lookupError && (
          <div data-testid="staff-mailbox-not-found">
            <ErrorAlert error={lookupError} />
          </div>
        )}
        {mailbox && (
          <div className="stack" data-testid="staff-mailbox">
            <p className="kern-body">
              <strong>{mailbox.mailbox}</strong> · {mailbox.holder}
            </p>
            <p className="kern-body" data-testid="staff-mailbox-handling" data-handling={mailbox.handling}>
              {mailbox.handlingText}
            </p>
            {recorded && <SuccessPanel title={texts.recorded(recorded)} />}
            {error && <ErrorAlert error={error} formFields={['sender', 'receivedOn', 'scan']} />}
            <form className="stack" onSubmit={(event) => void submit(event)} noValidate data-testid="staff-record-letter">
              <TextField name="sender" label={texts.sender} value={sender} onChange={setSender} error={errors.sender} />
              <TextField
                name="receivedOn"
                type="date"
                label={texts.receivedOn}
                value={receivedOn}
                onChange={setReceivedOn}
                error={errors.receivedOn}
              />
              {mailbox.handling === 'scan' && (
                <div className={`kern-form-input${errors.scan ? ' kern-form-input--error' : ''}`}>
                  <label className="kern-label" htmlFor={scanId}>
                    {texts.scan}
                  </label>
                  <div className="kern-hint" id={`${scanId}-hint`}>
                    {texts.scanHint}
                  </div>
                  <input
                    ref={fileInput}
                    className="kern-form-input__input"
                    id={scanId}
                    type="file"
                    accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                    aria-describedby={`${scanId}-hint`}
                    onChange={(event) => setScan(event.target.files?.[0] ?? null)}
                    data-testid="staff-letter-scan"
                  />
                </div>
              )}
              <div data-testid="staff-record-submit">
                <SubmitButton label={busy ? texts.recording : texts.record} busy={busy} />
              </div>
            </form>
            {mailbox.recentItems.length > 0 && (
              <div className="stack">
                <h3 className="kern-heading-small">{texts.recent}</h3>
                <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
                  {mailbox.recentItems.map((item) => (
                    <li key={item.id} data-testid="staff-mail-item" data-status={item.status}>
                      <span className="kern-body">
                        {formatDate(`${item.receivedOn}T12:00:00Z`, i18n.language)} · {item.sender} · {texts.status(item.status)}
                      </span>{' '}
                      {OPEN_STATUSES.includes(item.status) && (
                        <button
                          type="button"
                          className="kern-btn kern-btn--tertiary"
                          onClick={() => void markDone(item.id)}
                          data-testid="staff-mail-complete"
                        >
                          <span className="kern-label">{texts.complete(item.status)}</span>
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
