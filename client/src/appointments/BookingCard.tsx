import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsultationRoomLink } from '../consultations/ConsultationRoomLink';
import { AppointmentTimes } from './AppointmentTimes';
import type { Booking } from './operations';
import { SlotPicker } from './SlotPicker';

/** One booking with its times, channel and state; the actions (cancel, move) when it can still change. */
export function BookingCard({
  booking,
  busy,
  onCancel,
  onMove,
  children,
}: {
  booking: Booking;
  busy: boolean;
  onCancel?: () => void;
  onMove?: (startsAt: string) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('appointments');
  const [moving, setMoving] = useState(false);
  const [startsAt, setStartsAt] = useState('');
  const changeable = booking.status === 'booked' && new Date(booking.startsAt).getTime() > Date.now();
  return (
    <li className="kern-card kern-card--surface" data-testid="appointment" data-appointment-id={booking.id}>
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h3 className="kern-title">{booking.serviceName}</h3>
        </header>
        <div className="kern-card__body stack">
          <p className="kern-body">
            <AppointmentTimes startsAt={booking.startsAt} timeZone={booking.bookerTimeZone} />
          </p>
          <p className="kern-body">
            {t(`channel.${booking.channel}`)}
            {booking.place ? ` · ${booking.place}` : ''}
            {booking.visitAddress ? ` · ${booking.visitAddress}` : ''}
          </p>
          {booking.onBehalfOfName && <p className="kern-body">{t('home.for', { name: booking.onBehalfOfName })}</p>}
          <p className="kern-body" data-testid="appointment-status">
            {t(`status.${booking.status}`)}
            {booking.cancelReason ? ` · ${booking.cancelReason}` : ''}
          </p>
          <ConsultationRoomLink booking={booking} />
          {children}
          {changeable && (onCancel || onMove) && (
            <div className="button-row">
              {onMove && (
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  onClick={() => setMoving(!moving)}
                  aria-expanded={moving}
                  data-testid="move"
                >
                  <span className="kern-label">{t('mine.move')}</span>
                </button>
              )}
              {onCancel && (
                <button type="button" className="kern-btn kern-btn--secondary" disabled={busy} onClick={onCancel} data-testid="cancel">
                  <span className="kern-label">{t('mine.cancel')}</span>
                </button>
              )}
            </div>
          )}
          {changeable && moving && onMove && (
            <div className="stack">
              <SlotPicker serviceId={booking.serviceId} value={startsAt} onChange={setStartsAt} />
              {startsAt && (
                <button
                  type="button"
                  className="kern-btn kern-btn--primary"
                  disabled={busy}
                  onClick={() => onMove(startsAt)}
                  data-testid="confirm-move"
                >
                  <span className="kern-label">{t('mine.move_to')}</span>
                </button>
              )}
            </div>
          )}
        </div>
      </div>
    </li>
  );
}
