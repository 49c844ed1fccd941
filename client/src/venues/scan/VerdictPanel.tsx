import { useTranslation } from 'react-i18next';
import type { DiscountVerification } from '../operations';
import { formatDate } from '../../utils/formatDate';
import { formatDiscount } from '../formatDiscount';
import { ContentText } from '../../components/ContentLanguage';

/** The large green or red answer at the till. */
export function VerdictPanel({ verdict }: { verdict: DiscountVerification & { offline: boolean } }) {
  const { t, i18n } = useTranslation('venues');
  const printed = verdict.valid && verdict.presentation === 'printed';
  // A printed card used often today is flagged for the cashier; a live code shown twice is refused.
  const granted = verdict.valid && verdict.eligible && (printed || !verdict.repeatedPresentation);
  return (
    <section
      className={`verdict verdict--${granted ? 'granted' : 'refused'}`}
      role="status"
      aria-live="assertive"
      data-testid="verdict"
      data-verification-id={verdict.verificationId}
      data-granted={granted}
      data-reason={verdict.reason ?? ''}
    >
      <p className="verdict__headline">{granted ? t('scan.granted') : t('scan.refused')}</p>
      {verdict.reason && <p className="verdict__reason">{t(`reasons.${verdict.reason}` as 'reasons.REVOKED')}</p>}
      {printed && (
        <div data-testid="printed-card">
          <p className="verdict__reason">{t('scan.printedCard')}</p>
          {verdict.holderName && (
            <p className="verdict__offer" data-testid="holder-name" dir="auto">
              {verdict.holderName}
            </p>
          )}
        </div>
      )}
      {verdict.repeatedPresentation && (
        <p className="verdict__reason" data-testid="repeated">
          {printed ? t('scan.printedRepeated', { count: verdict.printedCardUsesToday ?? 3 }) : t('scan.repeated')}
        </p>
      )}
      {verdict.offer && (
        <p className="verdict__offer">
          <ContentText text={verdict.offer.title} language={verdict.offer.titleLanguage} /> · {formatDiscount(verdict.offer, i18n.language)}
        </p>
      )}
      {verdict.card && (
        <p className="kern-body">
          {t('scan.categories', {
            categories: verdict.card.categories.map((category) => t(`categories.${category}` as 'categories.student')).join(', '),
          })}{' '}
          · {t('scan.validUntil', { date: formatDate(verdict.card.validUntil, i18n.language) })}
        </p>
      )}
      {verdict.offline && (
        <p className="kern-body" data-testid="verified-offline">
          {t('scan.verifiedOffline')}
        </p>
      )}
    </section>
  );
}
