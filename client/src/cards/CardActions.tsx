import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MY_CARDS, REPLACE_CITIZEN_CARD, REPORT_CARD_LOST, type CitizenCard } from '../api/cardOperations';
import { getAccessToken } from '../auth/sessionStore';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormSubmission } from '../forms/useFormSubmission';

/** PDF download, report loss, and replacement of a lost card. */
export function CardActions({ card }: { card: CitizenCard }) {
  const { t } = useTranslation('cards');
  const refetch = { refetchQueries: [MY_CARDS], awaitRefetchQueries: true };
  const [reportLost] = useMutation(REPORT_CARD_LOST, refetch);
  const [replace] = useMutation(REPLACE_CITIZEN_CARD, refetch);
  const { busy, error, run } = useFormSubmission();

  const openPdf = () =>
    run(async () => {
      const response = await fetch(`/api/cards/${card.id}/card.pdf`, { headers: { authorization: `Bearer ${getAccessToken() ?? ''}` } });
      if (!response.ok) throw new Error(`PDF ${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: `citizen-card-${card.number.replace(/\s/g, '')}.pdf` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });

  return (
    <div className="stack">
      {error && <ErrorAlert error={error} />}
      <div className="button-row">
        <button type="button" className="kern-btn kern-btn--secondary" disabled={busy} onClick={() => void openPdf()} data-testid="card-pdf">
          <span className="kern-label">{t('ui.actions.pdf')}</span>
        </button>
        {card.status === 'active' && (
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            disabled={busy}
            data-testid="report-lost"
            onClick={() => window.confirm(t('ui.actions.confirmLost')) && void run(() => reportLost({ variables: { cardId: card.id } }))}
          >
            <span className="kern-label">{t('ui.actions.reportLost')}</span>
          </button>
        )}
        {card.status === 'suspended' && (
          <button type="button" className="kern-btn kern-btn--primary" disabled={busy} data-testid="replace-card" onClick={() => void run(() => replace({ variables: { cardId: card.id } }))}>
            <span className="kern-label">{t('ui.actions.replace')}</span>
          </button>
        )}
      </div>
    </div>
  );
}
