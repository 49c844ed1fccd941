import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MY_CARDS, RENEW_CITIZEN_CARD, REPLACE_CITIZEN_CARD, REPORT_CARD_LOST, type CitizenCard } from './operations';
import { getAccessToken } from '../auth/sessionStore';
import { currentLanguage } from '../i18n/i18n';
import { CardErrorAlert } from './CardErrorAlert';
import { useFormSubmission } from '../forms/useFormSubmission';

/** Cards can be renewed in their last 60 days (the server decides; this only offers the button). */
const RENEWAL_WINDOW_MS = 60 * 86_400_000;

/**
 * PDF download, renewal, report loss, and replacement of a lost card. While the citizens' office has
 * suspended or revoked the holder's entitlement, it explains that instead of offering a replacement.
 */
export function CardActions({ card }: { card: CitizenCard }) {
  const { t } = useTranslation('cards');
  const refetch = { refetchQueries: [MY_CARDS], awaitRefetchQueries: true };
  const [reportLost] = useMutation(REPORT_CARD_LOST, refetch);
  const [replace] = useMutation(REPLACE_CITIZEN_CARD, refetch);
  const [renew] = useMutation(RENEW_CITIZEN_CARD, { refetchQueries: [MY_CARDS], awaitRefetchQueries: true });
  const entitled = card.entitlementStatus === 'active';
  const renewable = entitled && card.status === 'active' && new Date(card.validUntil).getTime() - Date.now() < RENEWAL_WINDOW_MS;
  const { busy, error, run } = useFormSubmission();

  const openPdf = () =>
    run(async () => {
      const response = await fetch(`/api/cards/${card.id}/card.pdf`, {
        headers: { authorization: `Bearer ${getAccessToken() ?? ''}`, 'Accept-Language': currentLanguage() },
      });
      if (!response.ok) throw new Error(`PDF ${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), {
        href: url,
        download: `citizen-card-${card.number.replace(/\s/g, '')}.pdf`,
      });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });

  return (
    <div className="stack">
      {!entitled && (
        <p className="kern-body" role="status" data-testid="card-entitlement-blocked">
          {t(card.entitlementStatus === 'revoked' ? 'ui.entitlement.revoked' : 'ui.entitlement.suspended')}
        </p>
      )}
      {error && <CardErrorAlert error={error} />}
      <div className="button-row">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={busy}
          onClick={() => void openPdf()}
          data-testid="card-pdf"
        >
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
        {renewable && (
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            disabled={busy}
            data-testid="renew-card"
            onClick={() => void run(() => renew({ variables: { cardId: card.id } }))}
          >
            <span className="kern-label">{t('ui.actions.renew')}</span>
          </button>
        )}
        {entitled && card.status === 'suspended' && (
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            disabled={busy}
            data-testid="replace-card"
            onClick={() => void run(() => replace({ variables: { cardId: card.id } }))}
          >
            <span className="kern-label">{t('ui.actions.replace')}</span>
          </button>
        )}
      </div>
    </div>
  );
}
