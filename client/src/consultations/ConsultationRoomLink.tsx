import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** How long after its end the room of an appointment stays open (CONSULTATION_GRACE_MINUTES' default). */
const GRACE_MS = 30 * 60_000;

/** The way into the video room of a booked video appointment, until it has closed; the room page says when it opens. */
export function ConsultationRoomLink({ booking }: { booking: { id: string; channel: string; status: string; endsAt: string } }) {
  const { t } = useTranslation('consultations');
  if (booking.channel !== 'video' || booking.status !== 'booked') return null;
  if (new Date(booking.endsAt).getTime() + GRACE_MS < Date.now()) return null;
  return (
    <p className="kern-body">
      <Link className="kern-link" to={`/consultations/${booking.id}`} data-testid="consultation-link">
        {t('enter')}
      </Link>
    </p>
  );
}
