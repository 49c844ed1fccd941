import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SelectField } from '../components/SelectField';
import { formatDateTime } from '../utils/formatDate';
import { ONBOARDING_JOURNEYS, type JourneyState } from './operations';
import { countryName } from './countries';
import { formatElapsed } from './journeyFormat';
import './companies.css';

const STATES: JourneyState[] = ['in_progress', 'stuck', 'completed'];

/** Staff area panel of this domain (rendered by StaffPage); decides itself whom it shows to. */
export function StaffJourneysPanel() {
  const session = useSession();
  const roles = session.status === 'signedIn' ? session.account.roles : [];
  if (!roles.includes('staff_economic_development') && !roles.includes('admin')) return null;
  return <JourneysTable />;
}

function JourneysTable() {
  const { t, i18n } = useTranslation('companies');
  const [state, setState] = useState<JourneyState>('in_progress');
  const { data, loading, error, fetchMore } = useQuery(ONBOARDING_JOURNEYS, { variables: { state }, fetchPolicy: 'cache-and-network' });
  const page = data?.onboardingJourneys;
  const journeys = page?.nodes ?? [];

  return (
    <section className="kern-card kern-card--surface" aria-labelledby="staff-journeys-heading" data-testid="staff-journeys">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="staff-journeys-heading">
          {t('staff.title')}
        </h2>
        <SelectField
          name="journeyState"
          label={t('staff.filter')}
          value={state}
          options={STATES.map((value) => ({ value, label: t(`staff.state_${value}`) }))}
          onChange={(value) => setState(value as JourneyState)}
        />
        {error && <ErrorAlert error={toAppError(error)} />}
        {loading && !data && <LoadingIndicator />}
        {page && journeys.length === 0 && <p className="kern-body">{t('staff.none')}</p>}
        {journeys.length > 0 && (
          <div className="staff-journeys">
            <table className="kern-table">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">
                    {t('staff.company')}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t('staff.country')}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t('staff.progress')}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t('staff.elapsed')}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t('staff.lastActivity')}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {journeys.map((journey) => (
                  <tr className="kern-table__row" key={journey.id} data-testid="staff-journey" data-state={journey.state}>
                    <td className="kern-table__cell">
                      <Link className="kern-link" to={`/company/${journey.companyId}`} data-testid="staff-journey-link">
                        {journey.company ? `${journey.company.legalName} ${journey.company.legalForm}` : journey.companyId}
                      </Link>
                      {journey.nextStep && (
                        <>
                          <br />
                          <span className="kern-body kern-body--small">
                            {t(`steps.${journey.nextStep}`)}:{' '}
                            {t(`status.${journey.steps.find((step) => step.step === journey.nextStep)?.status ?? 'not_started'}`)}
                          </span>
                        </>
                      )}
                    </td>
                    <td className="kern-table__cell">{journey.company ? countryName(journey.company.countryCode, i18n.language) : ''}</td>
                    <td className="kern-table__cell">{t('journey.progress', { done: journey.doneSteps, total: journey.totalSteps })}</td>
                    <td className="kern-table__cell">{formatElapsed(journey.elapsedSeconds)}</td>
                    <td className="kern-table__cell">{formatDateTime(journey.lastActivityAt, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {page?.pageInfo.hasNextPage && (
          <div>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() =>
                void fetchMore({
                  variables: { state, after: page.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    onboardingJourneys: {
                      ...fetchMoreResult.onboardingJourneys,
                      nodes: [...previous.onboardingJourneys.nodes, ...fetchMoreResult.onboardingJourneys.nodes],
                    },
                  }),
                })
              }
            >
              <span className="kern-label">{t('staff.more')}</span>
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
