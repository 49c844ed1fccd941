import { useTranslation } from 'react-i18next';
import { localeFor } from '../utils/formatDate';

const BERLIN = 'Europe/Berlin';

/** This device's IANA time zone (sent with a booking, so e-mails show the booker's time too). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || BERLIN;
}

export function formatIn(iso: string, timeZone: string, language: string, withDate = true): string {
  return new Intl.DateTimeFormat(localeFor(language), {
    ...(withDate ? { weekday: 'short', day: 'numeric', month: 'long' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** A time in Bochum's time and, when it differs, in the booker's own zone. */
export function AppointmentTimes({ startsAt, timeZone, withDate = true }: { startsAt: string; timeZone?: string; withDate?: boolean }) {
  const { t, i18n } = useTranslation('appointments');
  const zone = timeZone ?? deviceTimeZone();
  return (
    <span className="appointment-times" data-testid="appointment-times">
      <span data-testid="city-time">{t('times.city', { time: formatIn(startsAt, BERLIN, i18n.language, withDate) })}</span>
      {zone !== BERLIN && (
        <>
          {' · '}
          <span data-testid="local-time">
            {t('times.local', { zone: '\u2068' + zone + '\u2069', time: formatIn(startsAt, zone, i18n.language, withDate) })}
          </span>
        </>
      )}
    </span>
  );
}
