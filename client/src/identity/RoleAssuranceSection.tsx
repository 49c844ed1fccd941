import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { TextAreaField } from '../components/TextAreaField';
import { fieldErrorsOf } from '../forms/validation';
import type { AssuranceLevel, Role } from '../gql/graphql';
import { ADMINISTERED_ROLES, ROLE_ASSURANCE_REQUIREMENTS, SET_ROLE_ASSURANCE_REQUIREMENT } from './roleAdministrationOperations';

const LEVELS: readonly AssuranceLevel[] = ['low', 'substantial', 'high'];

/** The level of assurance each staff role needs: below it the person keeps the role but cannot use it. */
export function RoleAssuranceSection() {
  const { t } = useTranslation();
  const requirements = useQuery(ROLE_ASSURANCE_REQUIREMENTS, { fetchPolicy: 'network-only' });
  const [save] = useMutation(SET_ROLE_ASSURANCE_REQUIREMENT);
  const [role, setRole] = useState<Role>(ADMINISTERED_ROLES[0]);
  const [level, setLevel] = useState<AssuranceLevel>('substantial');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = fieldErrorsOf(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await save({ variables: { input: { role, minimumAssurance: level, reason } } });
      await requirements.refetch();
      setDone(t('rolesAdmin.assuranceSaved'));
      setReason('');
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="kern-card kern-card--surface" aria-labelledby="role-assurance-heading" data-testid="role-assurance">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="role-assurance-heading">
          {t('rolesAdmin.assuranceHeading')}
        </h2>
        <p className="kern-body">{t('rolesAdmin.assuranceIntro')}</p>
        <ul className="kern-list kern-list--bullet">
          {requirements.data?.roleAssuranceRequirements.map((requirement) => (
            <li key={requirement.role}>
              {t(`roles.${requirement.role}`)}: {t(`assuranceLevels.${requirement.minimumAssurance}`)}
            </li>
          ))}
        </ul>
        <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
          {done && <SuccessPanel title={done} />}
          {error && <ErrorAlert error={error} formFields={['reason']} />}
          <SelectField
            name="assuranceRole"
            label={t('rolesAdmin.role')}
            value={role}
            onChange={(value) => setRole(value as Role)}
            options={ADMINISTERED_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          />
          <SelectField
            name="minimumAssurance"
            label={t('rolesAdmin.minimumAssurance')}
            value={level}
            onChange={(value) => setLevel(value as AssuranceLevel)}
            options={LEVELS.map((value) => ({ value, label: t(`assuranceLevels.${value}`) }))}
          />
          <TextAreaField
            name="assuranceReason"
            label={t('rolesAdmin.reason')}
            value={reason}
            onChange={setReason}
            maxLength={500}
            error={errors.reason}
          />
          <SubmitButton label={t('rolesAdmin.assuranceSave')} busy={busy} />
        </form>
      </div>
    </section>
  );
}
