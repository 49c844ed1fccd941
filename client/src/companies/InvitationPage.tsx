import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useFormSubmission } from '../forms/useFormSubmission';
import { usePageTitle } from '../i18n/usePageTitle';
import { ACCEPT_INVITATION, COMPANY_INVITATION, MY_COMPANIES } from './companyOperations';
import { refreshRoles } from './refreshRoles';

/** Opened from the invitation e-mail: shows the offer and accepts it with the signed-in account. */
export function InvitationPage() {
  const { t } = useTranslation('companies');
  usePageTitle(t('invitation.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(COMPANY_INVITATION, { variables: { token }, skip: !token });
  const [accept] = useMutation(ACCEPT_INVITATION, { refetchQueries: [MY_COMPANIES] });
  const submission = useFormSubmission();
  const invitation = data?.companyInvitation;

  const acceptNow = () =>
    void submission.run(async () => {
      const result = await accept({ variables: { token } });
      if (!result.data) return;
      await refreshRoles();
      navigate(`/company/${result.data.acceptCompanyInvitation.id}`);
    });

  return (
    <div className="stack-large narrow">
      <h1 className="kern-heading-x-large">{t('invitation.title')}</h1>
      {!token && <p className="kern-body">{t('invitation.missingToken')}</p>}
      {error && <ErrorAlert error={toAppError(error)} />}
      {loading && <LoadingIndicator />}
      {invitation && (
        <div className="stack">
          <p className="kern-body" data-testid="invitation-offer">
            {t('invitation.offer', { role: t(`roles.${invitation.role}`), company: invitation.companyName })}
          </p>
          {invitation.status !== 'pending' ? (
            <p className="kern-body" data-testid="invitation-unusable">
              {t(`invitation.unusable_${invitation.status as 'expired'}`)}
            </p>
          ) : (
            <div className="stack">
              {submission.error && <ErrorAlert error={submission.error} />}
              <div>
                <button type="button" className="kern-btn kern-btn--primary" data-testid="accept-invitation" aria-busy={submission.busy || undefined} onClick={acceptNow}>
                  <span className="kern-label">{t('invitation.accept')}</span>
                </button>
              </div>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
