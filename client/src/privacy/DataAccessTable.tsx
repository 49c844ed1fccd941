import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../utils/formatDate';
import type { DataAccess } from './operations';

const SUBJECTS = [
  'account',
  'residency_application',
  'residency',
  'residency_evidence',
  'citizen_card',
  'card_request',
  'card_entitlement',
  'payment',
  'address_allocation',
  'video_identification_session',
  'in_person_identification_session',
  'onboarding_journey',
  'backoffice_case',
] as const;
type Subject = (typeof SUBJECTS)[number] | 'other';

const subjectKey = (type: string): Subject => ((SUBJECTS as readonly string[]).includes(type) ? (type as Subject) : 'other');

/** The staff accesses to the person's data: which office, when, what and why; never who by name. */
export function DataAccessTable({ accesses }: { accesses: readonly DataAccess[] }) {
  const { t, i18n } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  if (accesses.length === 0) {
    return (
      <p className="kern-body" data-testid="accesses-empty">
        {t('accesses.empty')}
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="kern-table" data-testid="accesses">
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('accesses.when')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('accesses.office')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('accesses.what')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('accesses.reason')}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {accesses.map((access, index) => (
            <tr key={`${access.occurredAt}-${index}`} className="kern-table__row">
              <td className="kern-table__cell">{formatDateTime(access.occurredAt, i18n.language)}</td>
              <td className="kern-table__cell">
                {access.offices.length > 0 ? access.offices.map((office) => tc(`roles.${office}`)).join(', ') : t('accesses.noOffice')}
              </td>
              <td className="kern-table__cell">{t(`accesses.subjects.${subjectKey(access.subjectType)}`)}</td>
              <td className="kern-table__cell">{access.reason ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
