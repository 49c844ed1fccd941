import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { TextField } from '../components/TextField';
import { AppointmentTimes } from './AppointmentTimes';
import { APPOINTMENT_SLOTS } from './operations';

/** Today in Berlin as YYYY-MM-DD (the day field's default). */
export function berlinToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/** Midnight of a Berlin day, as an instant (good enough for the query's `from`: the server clips to now). */
function dayStart(day: string): string {
  const probe = new Date(`${day}T12:00:00Z`);
  const berlinNoon = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' }).format(probe),
  );
  return new Date(probe.getTime() - berlinNoon * 60 * 60_000).toISOString();
}

/** Day, then the free times of that day (both time zones), as radio buttons. */
export function SlotPicker({ serviceId, value, onChange }: { serviceId: string; value: string; onChange: (startsAt: string) => void }) {
  const { t } = useTranslation('appointments');
  const [day, setDay] = useState(berlinToday());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const { data, loading, error } = useQuery(APPOINTMENT_SLOTS, {
    variables: { serviceId, from: valid ? dayStart(day) : new Date().toISOString(), days: 1 },
    skip: !serviceId || !valid,
    fetchPolicy: 'network-only',
  });
  const slots = data?.appointmentSlots ?? [];
  return (
    <div className="stack">
      <TextField
        name="day"
        label={t('book.day')}
        type="date"
        value={day}
        onChange={(next) => {
          setDay(next);
          onChange('');
        }}
      />
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {loading && <LoadingIndicator />}
      {data && slots.length === 0 && (
        <p className="kern-body" data-testid="no-slots">
          {t('book.no_slots')}
        </p>
      )}
      {slots.length > 0 && (
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('book.slot')}</legend>
          <div className="kern-fieldset__body" data-testid="slots">
            {slots.map((slot) => {
              const id = `slot-${slot.startsAt}`;
              return (
                <div className="kern-form-check" key={slot.startsAt}>
                  <input
                    className="kern-form-check__radio"
                    type="radio"
                    id={id}
                    name="slot"
                    value={slot.startsAt}
                    checked={value === slot.startsAt}
                    onChange={() => onChange(slot.startsAt)}
                    data-testid="slot"
                  />
                  <label className="kern-label" htmlFor={id}>
                    <AppointmentTimes startsAt={slot.startsAt} withDate={false} />
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
    </div>
  );
}
