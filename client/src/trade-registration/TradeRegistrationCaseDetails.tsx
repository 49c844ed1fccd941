import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useFormSubmission } from '../forms/useFormSubmission';
import { openReceipt } from '../payments/openReceipt';
import { FormFacts, OperatorFacts } from './TradeRegistrationFacts';
import { CASE_TRADE_REGISTRATION } from './operations';
import './trade-registration.css';

/** Back office: what the company registered, for the staff member who decides (each read is audited). */
export function TradeRegistrationCaseDetails({ caseId }: { caseId: string }) {
  const { t } = useTranslation('trade-registration');
  const { data, loading, error } = useQuery(CASE_TRADE_REGISTRATION, { variables: { id: caseId }, fetchPolicy: 'network-only' });
  const downloading = useFormSubmission();
  const registration = data?.backofficeCase.tradeRegistration;
  if (loading && !data) return <LoadingIndicator />;
  if (error) return <ErrorAlert error={toAppError(error)} />;
  if (!registration) return null;
  return (
    <section className="stack" aria-labelledby="case-trade-heading" data-testid="case-trade-registration">
      <h2 className="kern-heading-medium" id="case-trade-heading">
        {t('case.heading')}
      </h2>
      <OperatorFacts registration={registration} forStaff />
      <FormFacts registration={registration} />
      {registration.infoRequest && <blockquote className="kern-body">{registration.infoRequest}</blockquote>}
      {registration.applicantAnswer && (
        <div className="stack">
          <h3 className="kern-heading-small">{t('case.answer')}</h3>
          <p className="kern-body">{registration.applicantAnswer}</p>
        </div>
      )}
      {registration.registrationNumber && (
        <p className="kern-body">
          {t('case.number')}: <strong data-testid="case-trade-number">{registration.registrationNumber}</strong>
        </p>
      )}
      {downloading.error && <ErrorAlert error={downloading.error} />}
      {registration.confirmationUrl && (
        <div>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            data-testid="case-trade-pdf"
            onClick={() =>
              void downloading.run(() =>
                openReceipt(registration.confirmationUrl!, `gewerbeanmeldung-${registration.registrationNumber}.pdf`),
              )
            }
          >
            <span className="kern-label">{t('registered.download')}</span>
          </button>
        </div>
      )}
      {data?.backofficeCase.tradeRegistrationExportUrl && (
        <div>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            data-testid="case-trade-export"
            onClick={() =>
              void downloading.run(() =>
                openReceipt(data.backofficeCase.tradeRegistrationExportUrl!, `gewerbeanzeige-${registration.registrationNumber}.json`),
              )
            }
          >
            <span className="kern-label">{t('case.export')}</span>
          </button>
        </div>
      )}
    </section>
  );
}
