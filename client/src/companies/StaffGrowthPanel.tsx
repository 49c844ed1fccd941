import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { formatDateTime } from '../utils/formatDate';
import { GROWING_COMPANIES, MESSAGE_GROWING_COMPANY } from './growthOperations';

/** Staff area panel: companies on their way to a branch or subsidiary, with an in-app message to their people. */
export function StaffGrowthPanel() {
  const session = useSession();
  const roles = session.status === 'signedIn' ? session.account.roles : [];
  if (!roles.includes('staff_economic_development') && !roles.includes('admin')) return null;
  return <GrowingCompaniesTable />;
}

function GrowingCompaniesTable() {
  const { t, i18n } = useTranslation('companies');
  const { data, error } = useQuery(GROWING_COMPANIES, { fetchPolicy: 'cache-and-network' });
  const [selected, setSelected] = useState<{ companyId: string; legalName: string } | null>(null);
  const rows = data?.growingCompanies ?? [];
  return (
    <section className="kern-card kern-card--surface" aria-labelledby="staff-growth-heading" data-testid="staff-growth">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="staff-growth-heading">
          {t('growth.staff.heading')}
        </h2>
        {error && <ErrorAlert error={toAppError(error)} />}
        {data && rows.length === 0 && <p className="kern-body">{t('growth.staff.empty')}</p>}
        {rows.length > 0 && (
          <table className="kern-table">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">
                  {t('growth.staff.company')}
                </th>
                <th className="kern-table__header" scope="col">
                  {t('growth.staff.kind')}
                </th>
                <th className="kern-table__header" scope="col">
                  {t('growth.staff.stage')}
                </th>
                <th className="kern-table__header" scope="col">
                  {t('growth.staff.updated')}
                </th>
                <th className="kern-table__header" scope="col" />
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((row) => (
                <tr className="kern-table__row" key={row.planId}>
                  <td className="kern-table__cell">
                    <Link className="kern-link" to={`/company/${row.companyId}/growth`}>
                      {row.legalName}
                    </Link>{' '}
                    ({row.countryCode})
                  </td>
                  <td className="kern-table__cell">{t(`growth.kinds.${row.kind}`)}</td>
                  <td className="kern-table__cell">{t(`growth.stages.${row.stage}`)}</td>
                  <td className="kern-table__cell">{formatDateTime(row.updatedAt, i18n.language)}</td>
                  <td className="kern-table__cell">
                    <button
                      type="button"
                      className="kern-link"
                      onClick={() => setSelected({ companyId: row.companyId, legalName: row.legalName })}
                    >
                      {t('growth.staff.message', { company: row.legalName })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {selected && <MessageForm key={selected.companyId} companyId={selected.companyId} legalName={selected.legalName} />}
      </div>
    </section>
  );
}

function MessageForm({ companyId, legalName }: { companyId: string; legalName: string }) {
  const { t } = useTranslation('companies');
  const [send] = useMutation(MESSAGE_GROWING_COMPANY);
  const submission = useFormSubmission();
  const [text, setText] = useState('');
  const [told, setTold] = useState<number | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const result = await send({ variables: { input: { companyId, text } } });
      setTold(result.data?.messageGrowingCompany ?? 0);
      setText('');
    });
  };
  const fieldError = submission.error?.details.find((detail) => detail.field === 'text')?.message;
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {submission.error && !fieldError && <ErrorAlert error={submission.error} />}
      {told !== null && (
        <p className="kern-body" role="status">
          {t('growth.staff.sent', { count: told })}
        </p>
      )}
      <TextAreaField
        name="growthMessage"
        label={t('growth.staff.message', { company: legalName })}
        value={text}
        onChange={setText}
        error={fieldError}
      />
      <div>
        <SubmitButton label={t('growth.staff.send')} busy={submission.busy} />
      </div>
    </form>
  );
}
