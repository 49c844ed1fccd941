import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { signOut } from '../auth/sessionStore';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useFormSubmission } from '../forms/useFormSubmission';
import { usePageTitle } from '../i18n/usePageTitle';
import { LOGOUT } from '../identity/operations';
import { ACCEPT_INVITATION, COMPANY_INVITATION, MY_COMPANIES } from './operations';
import { refreshRoles } from '../auth/refreshRoles';
import { ltrText } from '../components/Ltr';

/** The server's reason when the signed-in account is not the one the invitation was sent to. */
const FOR_ANOTHER_ADDRESS = 'INVITATION_FOR_ANOTHER_ADDRESS';

/**
 * Opened from the invitation e-mail: shows the offer and accepts it with the signed-in account,
 * which must be the invited address; otherwise it offers to sign in again with that address.
 */
export function InvitationPage() {
  const { t } = useTranslation('companies');
  usePageTitle(t('invitation.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(COMPANY_INVITATION, { variables: { token }, skip: !token });
  const [accept] = useMutation(ACCEPT_INVITATION, { refetchQueries: [MY_COMPANIES] });
  const submission = useFormSubmission();
  const switching = useFormSubmission();
  const invitation = data?.companyInvitation;
  const account = useSignedInAccount();
  const client = useApolloClient();
  const [logout] = useMutation(LOGOUT);
  const forAnotherAddress = submission.error?.reason === FOR_ANOTHER_ADDRESS;

  // Signing out here lets the page's guard send the person to the login page with this very link as
  // the way back, so they return to the invitation after signing in with the invited address.
  const signInWithInvitedAddress = () =>
    void switching.run(async () => {
      await logout();
      signOut();
      await client.clearStore();
    });

  const acceptNow = () =>
    void submission.run(async () => {
      const result = await accept({ variables: { token } });
      if (!result.data) return;
      await refreshRoles();
      await navigate(`/company/${result.data.acceptCompanyInvitation.id}`);
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
              {forAnotherAddress ? (
                <div className="stack" data-testid="invitation-other-address">
                  <p className="kern-body">{t('invitation.otherAddress', { email: ltrText(account.email) })}</p>
                  {switching.error && <ErrorAlert error={switching.error} />}
                  <div>
                    <button
                      type="button"
                      className="kern-btn kern-btn--primary"
                      data-testid="invitation-switch-account"
                      aria-busy={switching.busy || undefined}
                      onClick={signInWithInvitedAddress}
                    >
                      <span className="kern-label">{t('invitation.signInWithInvitedAddress')}</span>
                    </button>
                  </div>
                </div>
              ) : (
                <div>
                  <button
                    type="button"
                    className="kern-btn kern-btn--primary"
                    data-testid="accept-invitation"
                    aria-busy={submission.busy || undefined}
                    onClick={acceptNow}
                  >
                    <span className="kern-label">{t('invitation.accept')}</span>
                  </button>
                </div>
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
