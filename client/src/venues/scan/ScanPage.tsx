import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DiscountVerification } from '../operations';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { usePageTitle } from '../../i18n/usePageTitle';
import { formatDateTime } from '../../utils/formatDate';
import { CodeInput } from './CodeInput';
import { useScanVerifier } from './useScanVerifier';
import { VerdictPanel } from './VerdictPanel';
import '../venues.css';
import { textWithLanguage } from '../../i18n/languageNames';

function useMinutesSince(iso: string | undefined): number | undefined {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return iso ? Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000)) : undefined;
}

/** Venue staff check a card at the till: camera or typed code, online or from the cached status list. */
export function ScanPage() {
  const { t, i18n } = useTranslation('venues');
  usePageTitle(t('scan.title'));
  const scanner = useScanVerifier(i18n.language);
  const [code, setCode] = useState('');
  const [offerId, setOfferId] = useState('');
  const [verdict, setVerdict] = useState<DiscountVerification & { offline: boolean }>();
  const submission = useFormSubmission();
  const age = useMinutesSince(scanner.trust?.fetchedAt);
  const offers = scanner.trust?.offers ?? [];

  const check = (text: string) =>
    submission.run(async () => {
      setVerdict(undefined);
      setVerdict(await scanner.verify(text.trim(), offerId || null));
      setCode('');
    });

  return (
    <div className="stack-large scan-page" data-testid="scan-page">
      <h1 className="kern-heading-x-large">{t('scan.title')}</h1>
      <p className="kern-body" data-testid="connection-state" data-online={scanner.online}>
        {scanner.online ? t('scan.online') : t('scan.offline')}
        {scanner.pendingCount > 0 && ` · ${t('scan.pending', { count: scanner.pendingCount })}`}
      </p>
      <p className="kern-body" data-testid="status-list-age" data-fetched-at={scanner.trust?.fetchedAt ?? ''}>
        {scanner.trust && age !== undefined
          ? t('scan.statusListAge', { count: age, time: formatDateTime(scanner.trust.fetchedAt, i18n.language) })
          : t('scan.noStatusList')}{' '}
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          onClick={() => void scanner.refresh()}
          data-testid="refresh-status-list"
        >
          <span className="kern-label">{t('scan.refresh')}</span>
        </button>
      </p>
      {offers.length > 0 && (
        <SelectField
          name="offer"
          label={t('scan.offer')}
          value={offerId}
          onChange={setOfferId}
          options={[
            { value: '', label: t('scan.anyOffer') },
            ...offers.map((offer) => ({
              value: offer.id,
              label: textWithLanguage({ text: offer.title, language: offer.titleLanguage }, i18n.language),
            })),
          ]}
        />
      )}
      {verdict && <VerdictPanel verdict={verdict} />}
      {submission.error && <ErrorAlert error={submission.error} formFields={[]} />}
      <CodeInput
        id="manual-code"
        label={t('scan.manualCode')}
        submitLabel={t('scan.check')}
        busy={submission.busy}
        code={code}
        onCodeChange={setCode}
        onCode={(scanned) => void check(scanned)}
      />
      <Link to="/venue" className="kern-link">
        {t('scan.back')}
      </Link>
    </div>
  );
}
