import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../api/appError';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { fieldErrorsOf } from '../forms/validation';
import type { Role } from '../gql/graphql';
import { usePageTitle } from '../i18n/usePageTitle';
import { RoleAssuranceSection } from './RoleAssuranceSection';
import { ACCOUNT_FOR_ROLES, ADMINISTERED_ROLES, GRANT_ACCOUNT_ROLE, WITHDRAW_ACCOUNT_ROLE } from './roleAdministrationOperations';

type Direction = 'grant' | 'withdraw';

/** Administrators find an account by e-mail and grant or withdraw a staff role, with the reason (audited). */
export function RolesAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('rolesAdmin.title'));
  const me = useSignedInAccount();
  const [email, setEmail] = useState('');
  const [find, lookup] = useLazyQuery(ACCOUNT_FOR_ROLES, { fetchPolicy: 'network-only' });
  const account = lookup.data?.accountForRoles;

  function search(event: FormEvent) {
    event.preventDefault();
    void find({ variables: { input: { email } } });
  }

  return (
    <div className="stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('rolesAdmin.title')}</h1>
        <p className="kern-body">{t('rolesAdmin.intro')}</p>
      </div>
      <form className="stack" onSubmit={search} noValidate data-testid="roles-lookup">
        <TextField name="email" type="email" label={t('rolesAdmin.email')} value={email} onChange={setEmail} autoComplete="off" />
        <SubmitButton label={t('rolesAdmin.find')} busy={lookup.loading} />
      </form>
      {lookup.error && <ErrorAlert error={toAppError(lookup.error)} />}
      {account && (
        <section className="kern-card kern-card--surface" aria-labelledby="roles-account-heading" data-testid="roles-account">
          <div className="kern-card__container stack">
            <h2 className="kern-title" id="roles-account-heading">
              {account.email}
            </h2>
            <p className="kern-body">{t('rolesAdmin.assurance', { level: t(`assuranceLevels.${account.assuranceLevel}`) })}</p>
            <h3 className="kern-heading-small">{t('rolesAdmin.current')}</h3>
            {account.roles.length === 0 ? (
              <p className="kern-body">{t('rolesAdmin.none')}</p>
            ) : (
              <ul className="kern-list kern-list--bullet" data-testid="roles-current">
                {account.roles.map((role) => (
                  <li key={role}>{t(`roles.${role}`)}</li>
                ))}
              </ul>
            )}
            {account.id === me.id ? (
              <Alert variant="info" role="status" title={t('rolesAdmin.ownAccount')} />
            ) : (
              <RoleChangeForm accountId={account.id} roles={account.roles} />
            )}
          </div>
        </section>
      )}
      <RoleAssuranceSection />
    </div>
  );
}

function RoleChangeForm({ accountId, roles }: { accountId: string; roles: readonly Role[] }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(ADMINISTERED_ROLES[0]);
  const [reason, setReason] = useState('');
  const [grant] = useMutation(GRANT_ACCOUNT_ROLE);
  const [withdraw] = useMutation(WITHDRAW_ACCOUNT_ROLE);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = fieldErrorsOf(error);
  const direction: Direction = roles.includes(role) ? 'withdraw' : 'grant';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const input = { accountId, role, reason };
      await (direction === 'grant' ? grant({ variables: { input } }) : withdraw({ variables: { input } }));
      setDone(t(direction === 'grant' ? 'rolesAdmin.granted' : 'rolesAdmin.withdrawn', { role: t(`roles.${role}`) }));
      setReason('');
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate data-testid="roles-change">
      <h3 className="kern-heading-small">{t('rolesAdmin.change')}</h3>
      {done && <SuccessPanel title={done} />}
      {error && <ErrorAlert error={error} formFields={['role', 'reason']} />}
      <SelectField
        name="role"
        label={t('rolesAdmin.role')}
        value={role}
        onChange={(value) => setRole(value as Role)}
        options={ADMINISTERED_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        error={errors.role}
      />
      <TextAreaField
        name="reason"
        label={t('rolesAdmin.reason')}
        hint={t('rolesAdmin.reasonHint')}
        value={reason}
        onChange={setReason}
        maxLength={500}
        error={errors.reason}
      />
      <SubmitButton label={t(direction === 'grant' ? 'rolesAdmin.grant' : 'rolesAdmin.withdraw')} busy={busy} />
    </form>
  );
}
