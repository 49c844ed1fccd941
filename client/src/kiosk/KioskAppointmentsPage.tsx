import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { AppointmentTimes, formatIn } from '../appointments/AppointmentTimes';
import { APPOINTMENT_SERVICES, APPOINTMENT_SLOTS, BOOK_APPOINTMENT, type Booking } from '../appointments/operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SuccessPanel } from '../components/SuccessPanel';
import { useFormSubmission } from '../forms/useFormSubmission';
import type { AppointmentChannel } from '../gql/graphql';
import { usePageTitle } from '../i18n/usePageTitle';
import { localeFor } from '../utils/formatDate';

/** The terminal stands in Bochum: times are the city's, and the booking says so. */
const BERLIN = 'Europe/Berlin';
/** Days ahead the terminal offers (the service's own booking window and notice still apply on the server). */
const DAYS_AHEAD = 14;
/** A home visit needs an address and a self-assessment: that is for one's own device, not the terminal. */
const KIOSK_CHANNELS: AppointmentChannel[] = ['in_person', 'video'];

const berlinDayOf = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: BERLIN }).format(new Date(iso));

function Choice({
  pressed,
  onClick,
  children,
  testId,
}: {
  pressed: boolean;
  onClick: () => void;
  children: React.ReactNode;
  testId: string;
}) {
  return (
    <li>
      <button
        type="button"
        className={`kern-btn ${pressed ? 'kern-btn--primary' : 'kern-btn--secondary'} kiosk-tile`}
        aria-pressed={pressed}
        onClick={onClick}
        data-testid={testId}
      >
        {children}
      </button>
    </li>
  );
}

/** One question of the booking: its heading and its choices. */
function ChoiceSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id} className="kern-heading-medium">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * Booking an appointment at the terminal, for the person signed in: the service, a day with free
 * times, the time, in person or by video; then the confirmation goes to their e-mail address. Big
 * buttons instead of a form; the choices live in this page's state only and go with the wipe.
 */
export function KioskAppointmentsPage() {
  const { t, i18n } = useTranslation(['kiosk', 'appointments']);
  usePageTitle(t('appointments.title'));
  const services = useQuery(APPOINTMENT_SERVICES, { fetchPolicy: 'network-only' });
  const [serviceId, setServiceId] = useState('');
  const [day, setDay] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [channel, setChannel] = useState<AppointmentChannel>();
  const [booked, setBooked] = useState<Booking>();
  const [book] = useMutation(BOOK_APPOINTMENT);
  const submission = useFormSubmission();
  const [from] = useState(() => new Date().toISOString());
  const slots = useQuery(APPOINTMENT_SLOTS, {
    variables: { serviceId, from, days: DAYS_AHEAD },
    skip: !serviceId,
    fetchPolicy: 'network-only',
  });

  const bookable = (services.data?.appointmentServices ?? []).filter(
    (service) => service.active && KIOSK_CHANNELS.some((option) => (option === 'video' ? service.video : service.inPerson)),
  );
  const service = bookable.find((candidate) => candidate.id === serviceId);
  const channels = service ? KIOSK_CHANNELS.filter((option) => (option === 'video' ? service.video : service.inPerson)) : [];
  const chosenChannel = channel && channels.includes(channel) ? channel : channels[0];
  const free = slots.data?.appointmentSlots ?? [];
  const days = [...new Set(free.map((slot) => berlinDayOf(slot.startsAt)))];
  const times = free.filter((slot) => berlinDayOf(slot.startsAt) === day);

  function chooseService(id: string) {
    setServiceId(id);
    setDay('');
    setStartsAt('');
    submission.setError(null);
  }

  function chooseDay(next: string) {
    setDay(next);
    setStartsAt('');
  }

  async function confirm() {
    if (!service || !startsAt || !chosenChannel) return;
    const result = await submission.run(() =>
      book({
        variables: { input: { serviceId: service.id, startsAt, channel: chosenChannel, timeZone: BERLIN, caseId: null, homeVisit: null } },
      }),
    );
    if (result?.data) {
      setBooked(result.data.bookAppointment);
      return;
    }
    // Someone else was faster (or the time has passed): the error stays, the times show what is still free.
    setStartsAt('');
    void slots.refetch();
  }

  if (booked) {
    return (
      <div className="stack" data-testid="kiosk-appointments">
        <h1 className="kern-heading-large">{t('appointments.title')}</h1>
        <SuccessPanel title={t('appointments.booked')}>
          <p className="kern-body" data-testid="kiosk-appointment-booked">
            {booked.serviceName}: <AppointmentTimes startsAt={booked.startsAt} timeZone={BERLIN} />
            {' · '}
            {t(`appointments:channel.${booked.channel}`)}
          </p>
          {booked.channel === 'in_person' && booked.place && <p className="kern-body">{booked.place}</p>}
          <p className="kern-body">{t('appointments.confirmation')}</p>
        </SuccessPanel>
      </div>
    );
  }

  const dayLabel = (value: string) =>
    new Intl.DateTimeFormat(localeFor(i18n.language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: BERLIN }).format(
      new Date(`${value}T12:00:00Z`),
    );
  return (
    <div className="stack-large" data-testid="kiosk-appointments">
      <h1 className="kern-heading-large">{t('appointments.title')}</h1>
      <p className="kern-body">{t('appointments.intro')}</p>
      {services.error && <ErrorAlert error={toAppError(services.error)} formFields={[]} />}
      {services.loading && <LoadingIndicator />}
      {services.data && bookable.length === 0 && <p className="kern-body">{t('appointments.noServices')}</p>}
      {submission.error && <ErrorAlert error={submission.error} formFields={[]} />}

      {bookable.length > 0 && (
        <ChoiceSection id="kiosk-appointment-service" title={t('appointments.service')}>
          <ul className="kiosk-tiles kiosk-tiles--wide" role="list">
            {bookable.map((entry) => (
              <Choice
                key={entry.id}
                pressed={entry.id === serviceId}
                onClick={() => chooseService(entry.id)}
                testId="kiosk-appointment-service"
              >
                <span className="kern-label" lang={entry.nameLanguage}>
                  {entry.name}
                </span>
                <span className="kern-label kiosk-tile-note">{t(`appointments:office.${entry.office}`)}</span>
              </Choice>
            ))}
          </ul>
        </ChoiceSection>
      )}

      {service && (
        <ChoiceSection id="kiosk-appointment-day" title={t('appointments.day')}>
          {slots.error && <ErrorAlert error={toAppError(slots.error)} formFields={[]} />}
          {slots.loading && <LoadingIndicator />}
          {slots.data && days.length === 0 && <p className="kern-body">{t('appointments.noSlots')}</p>}
          <ul className="kiosk-tiles" role="list">
            {days.map((value) => (
              <Choice key={value} pressed={value === day} onClick={() => chooseDay(value)} testId="kiosk-appointment-day">
                <span className="kern-label">{dayLabel(value)}</span>
              </Choice>
            ))}
          </ul>
        </ChoiceSection>
      )}

      {service && times.length > 0 && (
        <ChoiceSection id="kiosk-appointment-time" title={t('appointments.time')}>
          <ul className="kiosk-tiles kiosk-tiles--narrow" role="list">
            {times.map((slot) => (
              <Choice
                key={slot.startsAt}
                pressed={slot.startsAt === startsAt}
                onClick={() => setStartsAt(slot.startsAt)}
                testId="kiosk-appointment-time"
              >
                <span className="kern-label">{formatIn(slot.startsAt, BERLIN, i18n.language, false)}</span>
              </Choice>
            ))}
          </ul>
        </ChoiceSection>
      )}

      {service && startsAt && (
        <ChoiceSection id="kiosk-appointment-channel" title={t('appointments.channel')}>
          <ul className="kiosk-tiles" role="list">
            {channels.map((option) => (
              <Choice
                key={option}
                pressed={option === chosenChannel}
                onClick={() => setChannel(option)}
                testId={`kiosk-appointment-${option}`}
              >
                <span className="kern-label">{t(`appointments:channel.${option}`)}</span>
              </Choice>
            ))}
          </ul>
          <p>
            <button
              type="button"
              className="kern-btn kern-btn--primary kiosk-big-button"
              onClick={() => void confirm()}
              disabled={submission.busy}
              data-testid="kiosk-appointment-submit"
            >
              <span className="kern-label">{t('appointments.submit')}</span>
            </button>
          </p>
        </ChoiceSection>
      )}
    </div>
  );
}
