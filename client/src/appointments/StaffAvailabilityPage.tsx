import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import type { AppointmentOffice } from '../gql/graphql';
import { usePageTitle } from '../i18n/usePageTitle';
import { formatIn } from './AppointmentTimes';
import { ServiceEditor } from './ServiceEditor';
import {
  ADD_MY_APPOINTMENT_TIME_OFF,
  MY_APPOINTMENT_HOURS,
  MY_APPOINTMENT_OFFICES,
  REMOVE_MY_APPOINTMENT_TIME_OFF,
  SET_MY_APPOINTMENT_HOURS,
} from './operations';

interface HoursRow {
  weekday: number;
  startsAt: string;
  endsAt: string;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Staff: their weekly hours (Berlin time) per office, and their time off. */
export function StaffAvailabilityPage() {
  const { t, i18n } = useTranslation('appointments');
  usePageTitle(t('staff.availability_title'));
  const offices = useQuery(MY_APPOINTMENT_OFFICES);
  const [office, setOffice] = useState<AppointmentOffice | ''>('');
  const chosen = (office || offices.data?.myAppointmentOffices[0] || '') as AppointmentOffice | '';
  const { data, loading, error, refetch } = useQuery(MY_APPOINTMENT_HOURS, {
    variables: { office: chosen as AppointmentOffice },
    skip: !chosen,
  });
  const [rows, setRows] = useState<HoursRow[]>([]);
  const [save] = useMutation(SET_MY_APPOINTMENT_HOURS);
  const [addOff] = useMutation(ADD_MY_APPOINTMENT_TIME_OFF);
  const [removeOff] = useMutation(REMOVE_MY_APPOINTMENT_TIME_OFF);
  const submission = useFormSubmission();
  const [saved, setSaved] = useState(false);
  const [offFrom, setOffFrom] = useState('');
  const [offUntil, setOffUntil] = useState('');

  useEffect(() => {
    if (data) setRows(data.myAppointmentHours.map(({ weekday, startsAt, endsAt }) => ({ weekday, startsAt, endsAt })));
  }, [data]);

  const update = (index: number, change: Partial<HoursRow>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const act = (action: () => Promise<unknown>) =>
    submission.run(async () => {
      setSaved(false);
      await action();
      await refetch();
      setSaved(true);
    });

  return (
    <div className="stack-large" data-testid="staff-availability">
      <h1 className="kern-heading-x-large">{t('staff.availability_title')}</h1>
      {(offices.error || error) && <ErrorAlert error={toAppError(offices.error ?? error)} formFields={[]} />}
      {(offices.loading || loading) && <LoadingIndicator />}
      {(offices.data?.myAppointmentOffices.length ?? 0) > 1 && (
        <SelectField
          name="office"
          label={t('staff.office')}
          value={chosen}
          onChange={(next) => setOffice(next as AppointmentOffice)}
          options={offices.data!.myAppointmentOffices.map((value) => ({ value, label: t(`office.${value}`) }))}
        />
      )}
      {submission.error && <ErrorAlert error={submission.error} formFields={[]} />}
      {saved && <Alert variant="success" role="status" title={t('staff.saved')} />}
      {chosen && (
        <section className="stack" aria-labelledby="hours-heading">
          <h2 id="hours-heading" className="kern-heading-large">
            {t(`office.${chosen}`)}
          </h2>
          <ul className="stack plain-list">
            {rows.map((row, index) => (
              <li key={index} className="stack" data-testid="hours-row">
                <SelectField
                  name={`weekday-${index}`}
                  label={t('staff.weekday')}
                  value={String(row.weekday)}
                  onChange={(next) => update(index, { weekday: Number(next) })}
                  options={WEEKDAYS.map((weekday) => ({ value: String(weekday), label: t(`weekday.${weekday}` as const) }))}
                />
                <TextField
                  name={`from-${index}`}
                  label={t('staff.from')}
                  value={row.startsAt}
                  onChange={(next) => update(index, { startsAt: next })}
                  hint="HH:MM"
                />
                <TextField
                  name={`until-${index}`}
                  label={t('staff.until')}
                  value={row.endsAt}
                  onChange={(next) => update(index, { endsAt: next })}
                  hint="HH:MM"
                />
                <div className="button-row">
                  <button
                    type="button"
                    className="kern-btn kern-btn--tertiary"
                    onClick={() => setRows(rows.filter((_, at) => at !== index))}
                  >
                    <span className="kern-label">{t('staff.remove')}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => setRows([...rows, { weekday: 1, startsAt: '09:00', endsAt: '12:00' }])}
            >
              <span className="kern-label">{t('staff.add_hours')}</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              disabled={submission.busy}
              data-testid="save-hours"
              onClick={() => void act(() => save({ variables: { office: chosen, hours: rows } }))}
            >
              <span className="kern-label">{t('staff.save')}</span>
            </button>
          </div>
        </section>
      )}
      {chosen && <ServiceEditor office={chosen} />}
      {chosen && data && (
        <section className="stack" aria-labelledby="time-off-heading">
          <h2 id="time-off-heading" className="kern-heading-large">
            {t('staff.time_off')}
          </h2>
          <ul className="stack plain-list">
            {data.myAppointmentTimeOff.map((off) => (
              <li key={off.id} className="button-row">
                <span className="kern-body">
                  {formatIn(off.startsAt, 'Europe/Berlin', i18n.language)} – {formatIn(off.endsAt, 'Europe/Berlin', i18n.language)}{' '}
                  {off.reason}
                </span>
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary"
                  onClick={() => void act(() => removeOff({ variables: { id: off.id } }))}
                >
                  <span className="kern-label">{t('staff.remove')}</span>
                </button>
              </li>
            ))}
          </ul>
          <TextField name="off-from" label={t('staff.from')} type="date" value={offFrom} onChange={setOffFrom} />
          <TextField name="off-until" label={t('staff.until')} type="date" value={offUntil} onChange={setOffUntil} />
          <div className="button-row">
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              disabled={submission.busy || !offFrom || !offUntil}
              onClick={() =>
                void act(() =>
                  addOff({
                    variables: {
                      input: {
                        office: chosen,
                        startsAt: new Date(`${offFrom}T00:00:00`).toISOString(),
                        endsAt: new Date(`${offUntil}T23:59:00`).toISOString(),
                        reason: '',
                      },
                    },
                  }),
                )
              }
            >
              <span className="kern-label">{t('staff.add_time_off')}</span>
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
