import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { CASE_VENUE_APPLICATION } from './onboarding-operations';
import { VenueApplicationFacts } from './VenueApplicationFacts';

/** Back office: what the venue applied with, for the staff member who decides. */
export function VenueApplicationCaseDetails({ caseId }: { caseId: string }) {
  const { t } = useTranslation('venues');
  const { data, loading, error } = useQuery(CASE_VENUE_APPLICATION, { variables: { id: caseId }, fetchPolicy: 'network-only' });
  const application = data?.backofficeCase.venueApplication;
  if (loading && !data) return <LoadingIndicator />;
  if (error) return <ErrorAlert error={toAppError(error)} />;
  if (!application) return null;
  return (
    <section className="stack" aria-labelledby="case-venue-heading" data-testid="case-venue-application">
      <h2 className="kern-heading-medium" id="case-venue-heading">
        {t('apply.caseHeading')}
      </h2>
      {application.infoRequest && <blockquote className="kern-body">{application.infoRequest}</blockquote>}
      <VenueApplicationFacts application={application} />
    </section>
  );
}
