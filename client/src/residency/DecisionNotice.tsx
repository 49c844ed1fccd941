import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ResidencyApplication } from './operations';
import { Alert } from '../components/Alert';

/** The outcome for the applicant: approved (with the way on), rejected (with the reason), or a question waiting. */
export function DecisionNotice({ application }: { application: ResidencyApplication }) {
  const { t } = useTranslation('residency');
  if (application.status === 'approved') {
    return (
      <Alert variant="success" role="status" title={t('decision.approved')} testId="decision-approved">
        <p className="kern-body">{application.decidedAutomatically ? t('decision.approvedAutomatically') : t('decision.approvedText')}</p>
        {application.decisionMessage && <p className="kern-body message-list__body">{application.decisionMessage}</p>}
        <p className="kern-body">
          <Link className="kern-link" to="/residency">
            {t('decision.toAddress')}
          </Link>
        </p>
      </Alert>
    );
  }
  if (application.status === 'rejected') {
    return (
      <Alert variant="danger" role="status" title={t('decision.rejected')} testId="decision-rejected">
        {application.rejectionReason && (
          <p className="kern-body">
            {t('decision.reason', { reason: t(`rejectionReasons.${application.rejectionReason}` as 'rejectionReasons.other') })}
          </p>
        )}
        {application.decisionMessage && <p className="kern-body message-list__body">{application.decisionMessage}</p>}
        <p className="kern-body">{t('decision.applyAgain')}</p>
      </Alert>
    );
  }
  if (application.status === 'info_requested') {
    return (
      <Alert variant="warning" role="status" title={t('decision.infoRequested')} testId="decision-info-requested">
        <p className="kern-body">{t('decision.infoRequestedText')}</p>
      </Alert>
    );
  }
  return null;
}
