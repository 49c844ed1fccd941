import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { usePageTitle } from '../../i18n/usePageTitle';
import { formatDateTime, localeFor } from '../../utils/formatDate';
import { CodeInput } from '../../venues/scan/CodeInput';
import { useDoor, type DoorResult } from './useDoor';

/** HH:MM in Berlin time. */
const formatTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(localeFor(language), { timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));

/** What the door says about one scan: a large, clear panel. */
function ResultPanel({ result }: { result: DoorResult }) {
  const { t, i18n } = useTranslation('participation');
  const good = result.outcome === 'checked_in';
  const message =
    result.outcome === 'checked_in'
      ? t('events.door.checkedIn', { email: result.email ?? '' })
      : result.outcome === 'already_checked_in'
        ? t('events.door.alreadyCheckedIn', { time: result.checkedInAt ? formatTime(result.checkedInAt, i18n.language) : '' })
        : result.outcome === 'not_registered'
          ? t('events.door.notRegistered')
          : t('events.door.invalidCard', { reason: result.reason ?? '' });
  return (
    <div
      className={`kern-alert ${good ? 'kern-alert--success' : result.outcome === 'already_checked_in' ? 'kern-alert--warning' : 'kern-alert--danger'}`}
      role="status"
      data-testid="door-result"
      data-outcome={result.outcome}
    >
      <div className="kern-alert__header">
        <span className="kern-title">{message}</span>
      </div>
      {result.offline && (
        <div className="kern-alert__body">
          <p className="kern-body">{t('events.door.offlineResult')}</p>
        </div>
      )}
    </div>
  );
}

/** Communication staff at the door: scan a citizen card (camera or pasted code), online or from the stored list. */
export function CheckInPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('participation');
  usePageTitle(t('events.door.title'));
  const door = useDoor(id);
  const [code, setCode] = useState('');
  const [result, setResult] = useState<DoorResult>();
  const submission = useFormSubmission();

  const check = (text: string) =>
    submission.run(async () => {
      setResult(undefined);
      setResult(await door.checkIn(text.trim()));
      setCode('');
    });

  const entries = door.material?.entries ?? [];

  return (
    <div className="stack-large" data-testid="check-in-page">
      <h1 className="kern-heading-x-large">{t('events.door.title')}</h1>
      <p className="kern-body" data-testid="door-connection" data-online={door.online}>
        {door.online ? t('events.door.online') : t('events.door.offline')}
        {door.pending > 0 && ` · ${t('events.door.pending', { count: door.pending })}`}
      </p>
      <p className="kern-body" data-testid="door-list-state">
        {door.material
          ? t('events.door.listState', {
              count: entries.length,
              checkedIn: entries.filter((entry) => entry.checkedInAt).length,
              time: formatDateTime(door.material.fetchedAt, i18n.language),
            })
          : t('events.door.noList')}
      </p>
      {result && <ResultPanel result={result} />}
      {submission.error && <ErrorAlert error={submission.error} formFields={[]} />}
      <CodeInput
        id="door-code"
        label={t('events.door.manualCode')}
        submitLabel={t('events.door.check')}
        busy={submission.busy}
        code={code}
        onCodeChange={setCode}
        onCode={(scanned) => void check(scanned)}
      />
      <Link to={`/staff/participation/events/${id}`} className="kern-link">
        {t('events.door.back')}
      </Link>
    </div>
  );
}
