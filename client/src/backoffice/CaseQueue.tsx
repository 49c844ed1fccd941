import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { useLiveUpdates } from '../api/useLiveUpdates';
import { BACKOFFICE_CASE_KINDS, BACKOFFICE_CASES, BACKOFFICE_QUEUE_CHANGED, type CaseFilter, type CaseStatus } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SelectField } from '../components/SelectField';
import { formatDate } from '../utils/formatDate';
import { CaseStatusBadge } from './CaseStatusBadge';
import { facetLabel } from './facetLabel';
import '../residency/residency.css';
import './backoffice.css';
import { Ltr } from '../components/Ltr';
import { useFormSubmission } from '../forms/useFormSubmission';
import { openReceipt } from '../payments/openReceipt';
import { READ_AGAIN_ON_EVENTS } from '../api/readAgainOnEvents';

const PAGE_SIZE = 25;
/** Only while live updates are down. */
const FALLBACK_POLL_MS = 30_000;

/** The staff's queue, oldest first, with filters by kind (every kind the caller may see), status, age and assignee, and its export. */
export function CaseQueue() {
  const { t, i18n } = useTranslation(['backoffice', 'residency', 'trade-registration', 'venues']);
  const kinds = useQuery(BACKOFFICE_CASE_KINDS).data?.backofficeCaseKinds ?? [];
  const download = useFormSubmission();
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('open');
  const [age, setAge] = useState('');
  const [assignee, setAssignee] = useState('');
  const filter: CaseFilter = {
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
    ...(age ? { olderThanDays: Number(age) } : {}),
    ...(assignee ? { assignee: assignee as CaseFilter['assignee'] } : {}),
  };
  const queue = useQuery(BACKOFFICE_CASES, {
    variables: { filter, page: { first: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
    ...READ_AGAIN_ON_EVENTS,
  });
  const { data, loading, error, fetchMore } = queue;
  // New, claimed and decided cases of the kinds this staff member handles show at once: the queue is read
  // again on each change (and once the subscription is registered); polled only while live updates are down.
  useLiveUpdates(
    BACKOFFICE_QUEUE_CHANGED,
    { variables: {}, onData: () => void queue.refetch().catch(() => undefined) },
    queue,
    FALLBACK_POLL_MS,
  );
  const cases = data?.backofficeCases.nodes ?? [];
  const exportQuery = new URLSearchParams(Object.entries(filter).map(([key, value]) => [key, String(value)])).toString();
  const exportCases = (format: 'csv' | 'xlsx') =>
    void download.run(() => openReceipt(`/api/backoffice/cases/export.${format}?${exportQuery}`, `cases.${format}`));
  const pageInfo = data?.backofficeCases.pageInfo;

  const loadMore = () =>
    fetchMore({
      variables: { filter, page: { first: PAGE_SIZE, after: pageInfo?.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        backofficeCases: {
          ...fetchMoreResult.backofficeCases,
          nodes: [...previous.backofficeCases.nodes, ...fetchMoreResult.backofficeCases.nodes],
        },
      }),
    });

  return (
    <div className="stack case-queue-list" data-testid="case-queue">
      <div className="case-filters">
        <SelectField
          name="kind"
          label={t('queue.kind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: '', label: t('queue.all') },
            ...kinds.map((value) => ({ value, label: t(`kinds.${value}` as 'kinds.residency_application') })),
          ]}
        />
        <SelectField
          name="status"
          label={t('queue.status')}
          value={status}
          onChange={(value) => setStatus(value as CaseStatus | '')}
          options={[
            { value: '', label: t('queue.all') },
            ...(['open', 'waiting_for_applicant', 'closed'] as const).map((value) => ({ value, label: t(`statuses.${value}`) })),
          ]}
        />
        <SelectField
          name="age"
          label={t('queue.age')}
          value={age}
          onChange={setAge}
          options={[
            { value: '', label: t('queue.anyAge') },
            ...['3', '7', '14'].map((days) => ({ value: days, label: t('queue.olderThan', { count: Number(days) }) })),
          ]}
        />
        <SelectField
          name="assignee"
          label={t('queue.assignee')}
          value={assignee}
          onChange={setAssignee}
          options={[
            { value: '', label: t('queue.anyone') },
            { value: 'me', label: t('queue.me') },
            { value: 'unassigned', label: t('queue.unassigned') },
          ]}
        />
      </div>
      <div className="case-exports">
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => exportCases('csv')} data-testid="cases-csv">
          <span className="kern-label">{t('export.casesCsv')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => exportCases('xlsx')} data-testid="cases-xlsx">
          <span className="kern-label">{t('export.casesXlsx')}</span>
        </button>
        <span className="kern-body kern-body--small">{t('export.hint')}</span>
      </div>
      {download.error && <ErrorAlert error={download.error} />}
      {error && <ErrorAlert error={toAppError(error)} />}
      {loading && !data && <LoadingIndicator />}
      {data && cases.length === 0 && (
        <p className="kern-body" data-testid="queue-empty">
          {t('queue.empty')}
        </p>
      )}
      {cases.length > 0 && (
        <div className="table-scroll">
          <table className="kern-table case-table">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">
                  {t('queue.case')}
                </th>
                <th className="kern-table__header" scope="col">
                  {t('queue.applicant')}
                </th>
                <th className="kern-table__header" scope="col">
                  {t('queue.status')}
                </th>
                <th className="kern-table__header" scope="col">
                  {t('queue.opened')}
                </th>
                <th className="kern-table__header" scope="col">
                  {t('queue.due')}
                </th>
                <th className="kern-table__header" scope="col">
                  {t('queue.assignee')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {cases.map((item) => (
                <tr className="kern-table__row" key={item.id} data-testid="case-row">
                  <td className="kern-table__cell" data-label={t('queue.case')}>
                    <Link className="kern-link" to={`/staff/cases/${item.id}`} data-testid="case-link">
                      {t(`kinds.${item.kind}` as 'kinds.residency_application')}
                    </Link>
                    <br />
                    <span className="kern-body--small">
                      {item.facets
                        .filter((facet) => facet.value)
                        .map((facet) => facetLabel(t, facet))
                        .join(' · ')}
                    </span>
                  </td>
                  <td className="kern-table__cell" data-label={t('queue.applicant')}>
                    <Ltr>{item.applicant.email}</Ltr>
                  </td>
                  <td className="kern-table__cell" data-label={t('queue.status')}>
                    <CaseStatusBadge status={item.status} outcome={item.outcome} />
                  </td>
                  <td className="kern-table__cell" data-label={t('queue.opened')}>
                    {formatDate(item.createdAt, i18n.language)}
                  </td>
                  <td className="kern-table__cell" data-label={t('queue.due')}>
                    {formatDate(item.dueAt, i18n.language)}
                    {item.overdue && (
                      <>
                        {' '}
                        <span className="kern-badge kern-badge--danger">
                          <span className="kern-label">{t('queue.overdue')}</span>
                        </span>
                      </>
                    )}
                  </td>
                  <td className="kern-table__cell" data-label={t('queue.assignee')}>
                    {item.assignee ? <Ltr>{item.assignee.email}</Ltr> : t('queue.nobody')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageInfo?.hasNextPage && (
        <div>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void loadMore()}>
            <span className="kern-label">{t('queue.loadMore')}</span>
          </button>
        </div>
      )}
    </div>
  );
}
