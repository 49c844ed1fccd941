import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidencyApplication } from './operations';
import { formatDate } from '../utils/formatDate';
import { fullName } from '../../../packages/shared/src/person-name.js';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

/** What the applicant stated: category, district, name and the category's facts. */
export function ApplicationSummary({ application }: { application: ResidencyApplication }) {
  const { t, i18n } = useTranslation('residency');
  const date = (value: string) => formatDate(`${value}T12:00:00Z`, i18n.language);
  const facts = application.student
    ? [
        [t('fields.university'), application.student.university],
        [t('fields.enrolmentPeriod'), `${date(application.student.enrolmentFrom)} – ${date(application.student.enrolmentUntil)}`],
      ]
    : application.commuter
      ? [
          [t('fields.employer'), application.commuter.employer],
          [t('fields.workAddress'), application.commuter.workAddress],
        ]
      : application.secondHome
        ? [
            [t('fields.secondHomeAddress'), application.secondHome.secondHomeAddress],
            [t('fields.registeredOn'), date(application.secondHome.registeredOn)],
          ]
        : application.formerResident
          ? [
              [t('fields.formerAddress'), application.formerResident.formerAddress],
              [t('fields.livedPeriod'), `${date(application.formerResident.livedFrom)} – ${date(application.formerResident.livedUntil)}`],
            ]
          : [];
  return (
    <dl className="kern-description-list" data-testid="application-summary">
      <Item label={t('fields.category')}>{t(`categories.${application.category}`)}</Item>
      <Item label={t('fields.district')}>{t(`districts.${application.district}`)}</Item>
      <Item label={t('fields.name')}>{fullName(application)}</Item>
      {facts.map(([label, value]) => (
        <Item key={label} label={label}>
          {value}
        </Item>
      ))}
    </dl>
  );
}
