import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { Ltr } from '../components/Ltr';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { fieldErrorsOf } from '../forms/validation';
import { formatDate } from '../utils/formatDate';
import { INVITE_VENUE_OPERATOR, REMOVE_VENUE_COLLEAGUE, REVOKE_VENUE_INVITATION, VENUE_TEAM } from './onboarding-operations';

/** The venue's operators: who they are, open invitations, and inviting a colleague by e-mail. */
export function ColleaguesSection() {
  const { t, i18n } = useTranslation('venues');
  const { data } = useQuery(VENUE_TEAM, { fetchPolicy: 'cache-and-network' });
  const [email, setEmail] = useState('');
  const [invited, setInvited] = useState<string>();
  const [invite] = useMutation(INVITE_VENUE_OPERATOR, { refetchQueries: [VENUE_TEAM] });
  const [revoke] = useMutation(REVOKE_VENUE_INVITATION, { refetchQueries: [VENUE_TEAM] });
  const [remove] = useMutation(REMOVE_VENUE_COLLEAGUE, { refetchQueries: [VENUE_TEAM] });
  const submission = useFormSubmission();
  const errors = fieldErrorsOf(submission.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      await invite({ variables: { input: { email } } });
      setInvited(email);
      setEmail('');
    });
  };

  return (
    <section className="kern-card kern-card--surface" aria-labelledby="colleagues-heading" data-testid="venue-colleagues">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="colleagues-heading">
          {t('team.heading')}
        </h2>
        <ul className="stack plain-list">
          {data?.venueColleagues.map((colleague) => (
            <li key={colleague.accountId} className="api-key-row" data-testid="colleague-row">
              <span className="kern-body">
                <Ltr>{colleague.email}</Ltr> · {t('team.since', { date: formatDate(colleague.since, i18n.language) })}
                {colleague.isMe && ` · ${t('team.you')}`}
              </span>
              {!colleague.isMe && (
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  onClick={() =>
                    window.confirm(t('team.confirmRemove', { email: colleague.email })) &&
                    void submission.run(() => remove({ variables: { accountId: colleague.accountId } }))
                  }
                >
                  <span className="kern-label">{t('team.remove')}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
        {data && data.venueInvitations.length > 0 && (
          <>
            <h3 className="kern-heading-small">{t('team.pending')}</h3>
            <ul className="stack plain-list">
              {data.venueInvitations.map((invitation) => (
                <li key={invitation.id} className="api-key-row" data-testid="invitation-row">
                  <span className="kern-body">
                    <Ltr>{invitation.email}</Ltr> · {t('team.validUntil', { date: formatDate(invitation.expiresAt, i18n.language) })}
                  </span>
                  <button
                    type="button"
                    className="kern-btn kern-btn--secondary"
                    onClick={() => void submission.run(() => revoke({ variables: { id: invitation.id } }))}
                  >
                    <span className="kern-label">{t('team.revoke')}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {invited && (
          <p className="kern-body" role="status">
            {t('team.invited', { email: invited })}
          </p>
        )}
        {submission.error && <ErrorAlert error={submission.error} formFields={['email']} />}
        <form className="stack" onSubmit={submit} noValidate data-testid="invite-colleague-form">
          <TextField name="colleagueEmail" type="email" label={t('team.email')} value={email} onChange={setEmail} error={errors.email} />
          <SubmitButton label={t('team.invite')} busy={submission.busy} />
        </form>
      </div>
    </section>
  );
}
