import { book, booker, createService, officeStaff, slotAfter, slotsOf } from './appointments.js';
import type { TestApp } from './test-app.js';

export const JOIN_ROOM = `mutation($bookingId: ID!) { joinConsultationRoom(bookingId: $bookingId) {
  bookingId role roomToken tokenExpiresAt startsAt endsAt opensAt closesAt mediaMode iceServers { urls username credential } } }`;
export const JOIN_TALK_NOW_ROOM = `mutation($callId: ID!) { joinTalkNowRoom(callId: $callId) {
  bookingId role roomToken tokenExpiresAt startsAt endsAt opensAt closesAt mediaMode iceServers { urls username credential } callerTerminal { name location } } }`;
export const SEND_SIGNAL = `mutation($roomToken: String!, $kind: ConsultationSignalKind!, $payload: String) {
  sendConsultationSignal(roomToken: $roomToken, kind: $kind, payload: $payload) }`;
export const signalsSubscription = (roomToken: string) =>
  `subscription { consultationSignals(roomToken: ${JSON.stringify(roomToken)}) { kind payload sentAt } }`;

/**
 * Moves a booking in time (the booking rules keep a new one in the future, a room opens shortly
 * before the start): it then starts `startsInMinutes` from now (negative: in the past).
 */
export async function moveBookingTo(
  app: TestApp,
  bookingId: string,
  startsInMinutes: number,
  durationMinutes = 30,
  staffAccountId?: string,
): Promise<void> {
  const startsAt = new Date(Date.now() + startsInMinutes * 60_000);
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  await app.sql(
    `UPDATE appointment_bookings SET starts_at = $2, ends_at = $3, blocked_from = $2, blocked_until = $3,
       staff_account_id = COALESCE($4, staff_account_id) WHERE id = $1`,
    [bookingId, startsAt, endsAt, staffAccountId ?? null],
  );
}

/**
 * A video appointment of economic development, booked by a new founder, starting `startsInMinutes`
 * from now and given to a staff member of its own (so the rooms of several tests never share a person's time).
 */
export async function videoConsultation(app: TestApp, options: { startsInMinutes?: number; language?: string; channel?: string } = {}) {
  const staff = await officeStaff(app, 'economic_development');
  const service = await createService(app, staff.token, {
    office: 'economic_development',
    names: [
      { language: 'de', name: 'Videoberatung Gründung' },
      { language: 'en', name: 'Start-up video consultation' },
    ],
    minNoticeMinutes: 0,
    inPerson: true,
    video: true,
  });
  const founder = await booker(app, options.language ?? 'en');
  const startsAt = slotAfter(await slotsOf(app, founder.token, service.id, new Date(), 3), 1);
  const booked = await book(app, founder.token, {
    serviceId: service.id,
    startsAt,
    channel: options.channel ?? 'video',
    timeZone: 'Europe/Berlin',
  });
  if (booked.errors) throw new Error(JSON.stringify(booked.errors));
  const bookingId = String(booked.data.bookAppointment.id);
  await moveBookingTo(app, bookingId, options.startsInMinutes ?? 5, 30, staff.accountId);
  return { staff, founder, bookingId, serviceId: service.id };
}

const TALK_NOW_REQUEST_FIELDS = 'id office status ahead roomId requestedAt takenAt';
export const TALK_NOW_AVAILABILITY = `query($office: AppointmentOffice!) { talkNowAvailability(office: $office) { office available staffOnDuty waiting } }`;
export const REQUEST_TALK_NOW = `mutation($office: AppointmentOffice!) { requestTalkNow(office: $office) { ${TALK_NOW_REQUEST_FIELDS} } }`;
export const MY_TALK_NOW_REQUEST = `query($id: ID!) { myTalkNowRequest(id: $id) { ${TALK_NOW_REQUEST_FIELDS} } }`;
export const CANCEL_TALK_NOW = `mutation($id: ID!) { cancelTalkNow(id: $id) { ${TALK_NOW_REQUEST_FIELDS} } }`;
export const TALK_NOW_DESK = `query($office: AppointmentOffice!) { talkNowDesk(office: $office) { office onDuty waiting staffOnDuty currentCall { ${TALK_NOW_REQUEST_FIELDS} } } }`;
export const SET_TALK_NOW_DUTY = `mutation($office: AppointmentOffice!, $onDuty: Boolean!) { setTalkNowDuty(office: $office, onDuty: $onDuty) { office onDuty waiting staffOnDuty currentCall { ${TALK_NOW_REQUEST_FIELDS} } } }`;
export const TAKE_NEXT_TALK_NOW_CALLER = `mutation($office: AppointmentOffice!) { takeNextTalkNowCaller(office: $office) { ${TALK_NOW_REQUEST_FIELDS} } }`;
export const TALK_NOW_REQUEST_CHANGED = `subscription($id: ID!) { talkNowRequestChanged(id: $id) { requestId status resync } }`;
export const TALK_NOW_QUEUE_CHANGED = `subscription($office: AppointmentOffice!) { talkNowQueueChanged(office: $office) { requestId status resync } }`;
