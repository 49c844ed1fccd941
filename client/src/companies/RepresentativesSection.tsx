import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { useFormSubmission } from '../forms/useFormSubmission';
import { fieldErrorsOf } from '../forms/validation';
import { formatDate } from '../utils/formatDate';
import { CompanyField } from './CompanyField';
import { Ltr } from '../components/Ltr';
import {
  COMPANY_DASHBOARD,
  INVITE_REPRESENTATIVE,
  REMOVE_REPRESENTATIVE,
  REPRESENTATIVE_ROLES,
  REVOKE_INVITATION,
  type CompanyDetails,
  type RepresentativeRole,
} from './operations';
import { fullName } from '../../../packages/shared/src/person-name.js';

/** Who acts for the company; owners invite, withdraw invitations and remove people. */
export function RepresentativesSection({ company }: { company: CompanyDetails }) {
  const { t, i18n } = useTranslation('companies');
  const refetch = { refetchQueries: [{ query: COMPANY_DASHBOARD, variables: { companyId: company.id } }] };
  const [invite] = useMutation(INVITE_REPRESENTATIVE, refetch);
  const [revoke] = useMutation(REVOKE_INVITATION, refetch);
  const [remove] = useMutation(REMOVE_REPRESENTATIVE, refetch);
  const submission = useFormSubmission();
  const actions = useFormSubmission();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<RepresentativeRole>('managing_director');
  const [invited, setInvited] = useState<string | null>(null);
  const isOwner = company.myRole === 'owner';
  const errors = fieldErrorsOf(submission.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      await invite({ variables: { input: { companyId: company.id, email: email.trim(), role } } });
      setInvited(email.trim());
      setEmail('');
    });
  };

  return (
    <section className="stack" aria-labelledby="representatives-heading" data-testid="representatives">
      <h2 className="kern-heading-medium" id="representatives-heading">
        {t('representatives.title')}
      </h2>
      {actions.error && <ErrorAlert error={actions.error} />}
      <ul className="representative-list">
        {company.representatives.map((person) => (
          <li key={person.accountId} data-testid="representative">
            <div>
              <p className="kern-body kern-body--bold">{person.givenName ? fullName(person) : <Ltr>{person.email}</Ltr>}</p>
              <p className="kern-body kern-body--small">
                {t(`roles.${person.role}`)} · {t('representatives.since', { date: formatDate(person.since, i18n.language) })} ·{' '}
                {person.identityVerified ? t('representatives.verified') : t('representatives.unverified')}
              </p>
            </div>
            {isOwner && company.representatives.length > 1 && (
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                data-testid="remove-representative"
                onClick={() => void actions.run(() => remove({ variables: { companyId: company.id, accountId: person.accountId } }))}
              >
                <span className="kern-label">{t('representatives.remove')}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {isOwner && company.invitations.length > 0 && (
        <div className="stack">
          <h3 className="kern-title">{t('representatives.invitations')}</h3>
          <ul className="representative-list">
            {company.invitations.map((invitation) => (
              <li key={invitation.id} data-testid="invitation">
                <p className="kern-body">
                  <Ltr>{invitation.email}</Ltr> · {t(`roles.${invitation.role}`)} ·{' '}
                  {t('representatives.expires', { date: formatDate(invitation.expiresAt, i18n.language) })}
                </p>
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary"
                  data-testid="revoke-invitation"
                  onClick={() => void actions.run(() => revoke({ variables: { invitationId: invitation.id } }))}
                >
                  <span className="kern-label">{t('representatives.revoke')}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {isOwner && (
        <form className="stack" onSubmit={submit} noValidate data-testid="invite-form">
          <h3 className="kern-title">{t('representatives.invite')}</h3>
          <p className="kern-body kern-body--small">{t('representatives.inviteIntro')}</p>
          {invited && <SuccessPanel title={t('representatives.invited', { email: invited })} />}
          {submission.error && <ErrorAlert error={submission.error} formFields={['email', 'role']} />}
          <CompanyField
            name="email"
            type="email"
            label={t('representatives.email')}
            value={email}
            onChange={setEmail}
            error={errors.email}
            autoComplete="off"
          />
          <SelectField
            name="role"
            label={t('representatives.role')}
            value={role}
            options={REPRESENTATIVE_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            onChange={(value) => setRole(value as RepresentativeRole)}
            error={errors.role}
          />
          <div>
            <SubmitButton label={t('representatives.sendInvitation')} busy={submission.busy} />
          </div>
        </form>
      )}
    </section>
  );
}
