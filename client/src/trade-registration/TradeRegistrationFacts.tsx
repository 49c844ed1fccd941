import { useTranslation } from 'react-i18next';
import { formatDate } from '../utils/formatDate';
import type { TradeRegistration } from './operations';
import { fullName } from '../../../packages/shared/src/person-name.js';

/** Operator, persons and business address: shown read-only, they come from the verified data. */
export function OperatorFacts({ registration, forStaff }: { registration: TradeRegistration; forStaff?: boolean }) {
  const { t, i18n } = useTranslation('trade-registration');
  const { operator, persons, businessAddressLines } = registration;
  return (
    <section className="stack" aria-labelledby="trade-operator-heading" data-testid="trade-operator">
      <h2 className="kern-heading-small" id="trade-operator-heading">
        {t(forStaff ? 'case.factsHeading' : 'facts.heading')}
      </h2>
      <p className="kern-body kern-body--small">{t(forStaff ? 'case.factsIntro' : 'facts.intro')}</p>
      <dl className="trade-facts">
        <dt>{t('facts.operator')}</dt>
        <dd>
          {operator.legalName} ({operator.legalForm}){'\n'}
          {[operator.registerName, operator.registerNumber].filter(Boolean).join(' ')}
          {'\n'}
          {operator.headOffice.street}, {operator.headOffice.postcode} {operator.headOffice.city}, {operator.headOffice.countryCode}
        </dd>
        <dt>{t('facts.persons')}</dt>
        <dd data-testid="trade-persons">
          {persons.length === 0
            ? t('facts.noPersons')
            : persons
                .map(
                  (person) =>
                    `${fullName(person)} (${t('facts.born', { date: formatDate(person.birthDate, i18n.language) })}, ${person.nationality})`,
                )
                .join('\n')}
        </dd>
        <dt>{t('facts.address')}</dt>
        <dd>{businessAddressLines.length ? businessAddressLines.join('\n') : t('facts.noAddress')}</dd>
      </dl>
    </section>
  );
}

/** What the applicant entered, for review and for the status views. */
export function FormFacts({ registration }: { registration: TradeRegistration }) {
  const { t, i18n } = useTranslation('trade-registration');
  return (
    <dl className="trade-facts" data-testid="trade-summary">
      <dt>{t('form.establishmentKind')}</dt>
      <dd>{registration.establishmentKind ? t(`establishmentKinds.${registration.establishmentKind}`) : '—'}</dd>
      <dt>{t('form.activity')}</dt>
      <dd>{registration.activityDescription || '—'}</dd>
      <dt>{t('form.wzCode')}</dt>
      <dd data-testid="trade-summary-wz">{registration.wzCode ? `${registration.wzCode} ${registration.wzTitle ?? ''}` : '—'}</dd>
      <dt>{t('form.startDate')}</dt>
      <dd>{registration.startDate ? formatDate(registration.startDate, i18n.language) : '—'}</dd>
      <dt>{t('form.scope')}</dt>
      <dd>{registration.businessScope ? t(`scopes.${registration.businessScope}`) : '—'}</dd>
      <dt>{t('facts.employees')}</dt>
      <dd>{t('facts.employeesValue', { fullTime: registration.employeesFullTime, partTime: registration.employeesPartTime })}</dd>
      <dt>{t('form.permitRequired')}</dt>
      <dd>
        {registration.permits.length === 0
          ? t('form.permitNo')
          : registration.permits
              .map((permit) => `${permit.kind} – ${permit.authority}, ${formatDate(permit.issuedOn, i18n.language)}`)
              .join('\n')}
      </dd>
    </dl>
  );
}
