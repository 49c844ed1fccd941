import { graphql } from '../gql';

export const CONSULTATION_ROOM_FIELDS = graphql(`
  fragment ConsultationRoomFields on ConsultationRoom {
    bookingId
    role
    roomToken
    tokenExpiresAt
    startsAt
    endsAt
    opensAt
    closesAt
    mediaMode
    iceServers {
      urls
      username
      credential
    }
    callerTerminal {
      name
      location
    }
  }
`);

export const JOIN_CONSULTATION_ROOM = graphql(`
  mutation JoinConsultationRoom($bookingId: ID!) {
    joinConsultationRoom(bookingId: $bookingId) {
      ...ConsultationRoomFields
    }
  }
`);

export const JOIN_TALK_NOW_ROOM = graphql(`
  mutation JoinTalkNowRoom($callId: ID!) {
    joinTalkNowRoom(callId: $callId) {
      ...ConsultationRoomFields
    }
  }
`);

export const SEND_CONSULTATION_SIGNAL = graphql(`
  mutation SendConsultationSignal($roomToken: String!, $kind: ConsultationSignalKind!, $payload: String) {
    sendConsultationSignal(roomToken: $roomToken, kind: $kind, payload: $payload)
  }
`);

export const CONSULTATION_SIGNALS = graphql(`
  subscription ConsultationSignals($roomToken: String!) {
    consultationSignals(roomToken: $roomToken) {
      kind
      payload
      sentAt
    }
  }
`);

export const TALK_NOW_AVAILABILITY = graphql(`
  query TalkNowAvailability($office: AppointmentOffice!) {
    talkNowAvailability(office: $office) {
      office
      available
      staffOnDuty
      waiting
    }
  }
`);

/** A talk-now request as the caller's page and the desk show it. */
export const TALK_NOW_REQUEST_FIELDS = graphql(`
  fragment TalkNowRequestFields on TalkNowRequest {
    id
    office
    status
    ahead
    roomId
    requestedAt
    takenAt
  }
`);

export const REQUEST_TALK_NOW = graphql(`
  mutation RequestTalkNow($office: AppointmentOffice!) {
    requestTalkNow(office: $office) {
      ...TalkNowRequestFields
    }
  }
`);

export const MY_TALK_NOW_REQUEST = graphql(`
  query MyTalkNowRequest($id: ID!) {
    myTalkNowRequest(id: $id) {
      ...TalkNowRequestFields
    }
  }
`);

export const CANCEL_TALK_NOW = graphql(`
  mutation CancelTalkNow($id: ID!) {
    cancelTalkNow(id: $id) {
      ...TalkNowRequestFields
    }
  }
`);

export const TALK_NOW_REQUEST_CHANGED = graphql(`
  subscription TalkNowRequestChanged($id: ID!) {
    talkNowRequestChanged(id: $id) {
      requestId
      status
      resync
    }
  }
`);

/** What the talk-now desk shows: read by the desk query and answered by a change of duty. */
export const TALK_NOW_DESK_FIELDS = graphql(`
  fragment TalkNowDeskFields on TalkNowDesk {
    office
    onDuty
    waiting
    staffOnDuty
    currentCall {
      ...TalkNowRequestFields
    }
  }
`);

export const TALK_NOW_DESK = graphql(`
  query TalkNowDesk($office: AppointmentOffice!) {
    talkNowDesk(office: $office) {
      ...TalkNowDeskFields
    }
  }
`);

export const SET_TALK_NOW_DUTY = graphql(`
  mutation SetTalkNowDuty($office: AppointmentOffice!, $onDuty: Boolean!) {
    setTalkNowDuty(office: $office, onDuty: $onDuty) {
      ...TalkNowDeskFields
    }
  }
`);

export const TAKE_NEXT_TALK_NOW_CALLER = graphql(`
  mutation TakeNextTalkNowCaller($office: AppointmentOffice!) {
    takeNextTalkNowCaller(office: $office) {
      ...TalkNowRequestFields
    }
  }
`);

export const TALK_NOW_QUEUE_CHANGED = graphql(`
  subscription TalkNowQueueChanged($office: AppointmentOffice!) {
    talkNowQueueChanged(office: $office) {
      requestId
      status
      resync
    }
  }
`);

/** For the offer when nobody is on duty: the office's video services and the next free slot of one. */
export const TALK_NOW_VIDEO_SERVICES = graphql(`
  query TalkNowVideoServices {
    appointmentServices {
      id
      office
      name
      video
      active
    }
  }
`);

export const TALK_NOW_NEXT_SLOTS = graphql(`
  query TalkNowNextSlots($serviceId: ID!, $from: DateTime!, $days: Int!) {
    appointmentSlots(serviceId: $serviceId, from: $from, days: $days) {
      startsAt
      endsAt
      freeSeats
    }
  }
`);
