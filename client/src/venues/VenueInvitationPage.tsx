import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { refreshRoles } from '../auth/refreshRoles';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useFormSubmission } from '../forms/useFormSubmission';
import { usePageTitle } from '../i18n/usePageTitle';
import { formatDate } from '../utils/formatDate';
import { ACCEPT_VENUE_INVITATION, VENUE_INVITATION } from './onboarding-operations';

/** Opened from the invitation e-mail: which venue, and accepting to operate it. */
export function VenueInvitationPage() {
  const { t, i18n } = useTranslation('venues');
  usePageTitle(t('invitation.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(VENUE_INVITATION, { variables: { token } });
  const [accept] = useMutation(ACCEPT_VENUE_INVITATION);
  const submission = useFormSubmission();
  const invitation = data?.venueInvitation;

  return (
    <div className="stack-large" data-testid="venue-invitation-page">
      <h1 className="kern-heading-x-large">{t('invitation.title')}</h1>
      {loading && <LoadingIndicator />}
      {error && <ErrorAlert error={toAppError(error)} />}
      {invitation && (
        <div className="stack">
          <p className="kern-body">{t('invitation.text', { venue: invitation.venueName })}</p>
          {invitation.status === 'pending' ? (
            <>
              <p className="kern-body">{t('invitation.validUntil', { date: formatDate(invitation.expiresAt, i18n.language) })}</p>
              {submission.error && <ErrorAlert error={submission.error} />}
              <div>
                <button
                  type="button"
                  className="kern-btn kern-btn--primary"
                  data-testid="accept-invitation"
                  onClick={() =>
                    void submission.run(async () => {
                      const result = await accept({ variables: { token } });
                      if (!result.data) return;
                      await refreshRoles();
                      await navigate('/venue');
                    })
                  }
                >
                  <span className="kern-label">{t('invitation.accept')}</span>
                </button>
              </div>
            </>
          ) : (
            <p className="kern-body kern-body--bold">{t(`invitation.statuses.${invitation.status}` as 'invitation.statuses.expired')}</p>
          )}
        </div>
      )}
    </div>
  );
}
