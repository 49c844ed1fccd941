import { graphql } from '../gql';
import type { AppointmentBookingFieldsFragment } from '../gql/graphql';

export type Booking = AppointmentBookingFieldsFragment;

export const BOOKING_FIELDS = graphql(`
  fragment AppointmentBookingFields on AppointmentBooking {
    id
    serviceId
    office
    serviceName
    channel
    status
    startsAt
    endsAt
    bookerTimeZone
    place
    caseId
    sequence
    cancelReason
    cancelledByStaff
    bookerEmail
    staffAccountId
    staffEmail
    homeVisitReason
    visitAddress
    visitDistrict
    onBehalfOfName
    consentRecordedAt
  }
`);

export const APPOINTMENT_SERVICES = graphql(`
  query AppointmentServices {
    appointmentServices {
      id
      office
      name
      nameLanguage
      durationMinutes
      seats
      video
      inPerson
      homeVisit
      place
      active
    }
  }
`);

export const APPOINTMENT_SLOTS = graphql(`
  query AppointmentSlots($serviceId: ID!, $from: DateTime!, $days: Int!) {
    appointmentSlots(serviceId: $serviceId, from: $from, days: $days) {
      startsAt
      endsAt
      freeSeats
    }
  }
`);

export const MY_APPOINTMENT_CASES = graphql(`
  query MyAppointmentCases {
    myAppointmentCases {
      id
      kind
      status
      createdAt
    }
  }
`);

export const BOOK_APPOINTMENT = graphql(`
  mutation BookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      ...AppointmentBookingFields
    }
  }
`);

export const MY_APPOINTMENTS = graphql(`
  query MyAppointments {
    myAppointments {
      ...AppointmentBookingFields
    }
  }
`);

export const CANCEL_APPOINTMENT = graphql(`
  mutation CancelAppointment($id: ID!) {
    cancelAppointment(id: $id) {
      ...AppointmentBookingFields
    }
  }
`);

export const MOVE_APPOINTMENT = graphql(`
  mutation MoveAppointment($id: ID!, $startsAt: DateTime!) {
    moveAppointment(id: $id, startsAt: $startsAt) {
      ...AppointmentBookingFields
    }
  }
`);

export const APPOINTMENT_BY_LINK = graphql(`
  query AppointmentByLink($token: String!, $language: String!) {
    appointmentByLink(token: $token, language: $language) {
      ...AppointmentBookingFields
    }
  }
`);

export const CANCEL_APPOINTMENT_BY_LINK = graphql(`
  mutation CancelAppointmentByLink($token: String!, $language: String!) {
    cancelAppointmentByLink(token: $token, language: $language) {
      ...AppointmentBookingFields
    }
  }
`);

export const MOVE_APPOINTMENT_BY_LINK = graphql(`
  mutation MoveAppointmentByLink($token: String!, $startsAt: DateTime!, $language: String!) {
    moveAppointmentByLink(token: $token, startsAt: $startsAt, language: $language) {
      ...AppointmentBookingFields
    }
  }
`);

export const MY_APPOINTMENT_OFFICES = graphql(`
  query MyAppointmentOffices {
    myAppointmentOffices
  }
`);

export const STAFF_APPOINTMENT_DAY = graphql(`
  query StaffAppointmentDay($day: String!) {
    staffAppointmentDay(day: $day) {
      ...AppointmentBookingFields
    }
  }
`);

export const MARK_APPOINTMENT_ATTENDANCE = graphql(`
  mutation MarkAppointmentAttendance($id: ID!, $attended: Boolean!) {
    markAppointmentAttendance(id: $id, attended: $attended) {
      ...AppointmentBookingFields
    }
  }
`);

export const STAFF_CANCEL_APPOINTMENT = graphql(`
  mutation StaffCancelAppointment($id: ID!, $reason: String!) {
    staffCancelAppointment(id: $id, reason: $reason) {
      ...AppointmentBookingFields
    }
  }
`);

export const MY_APPOINTMENT_HOURS = graphql(`
  query MyAppointmentHours($office: AppointmentOffice!) {
    myAppointmentHours(office: $office) {
      id
      weekday
      startsAt
      endsAt
    }
    myAppointmentTimeOff(office: $office) {
      id
      startsAt
      endsAt
      reason
    }
  }
`);

export const SET_MY_APPOINTMENT_HOURS = graphql(`
  mutation SetMyAppointmentHours($office: AppointmentOffice!, $hours: [AppointmentOpeningHoursInput!]!) {
    setMyAppointmentHours(office: $office, hours: $hours) {
      id
      weekday
      startsAt
      endsAt
    }
  }
`);

export const ADD_MY_APPOINTMENT_TIME_OFF = graphql(`
  mutation AddMyAppointmentTimeOff($input: AppointmentTimeOffInput!) {
    addMyAppointmentTimeOff(input: $input) {
      id
    }
  }
`);

export const REMOVE_MY_APPOINTMENT_TIME_OFF = graphql(`
  mutation RemoveMyAppointmentTimeOff($id: ID!) {
    removeMyAppointmentTimeOff(id: $id)
  }
`);

export const STAFF_HOME_VISIT_PLAN = graphql(`
  query StaffHomeVisitPlan($day: String!) {
    staffHomeVisitPlan(day: $day) {
      district
      visits {
        ...AppointmentBookingFields
      }
    }
  }
`);

export const STAFF_APPOINTMENT_SERVICES = graphql(`
  query StaffAppointmentServices {
    appointmentServices {
      id
      office
      name
      names {
        language
        name
      }
      durationMinutes
      bufferBeforeMinutes
      bufferAfterMinutes
      seats
      minNoticeMinutes
      bookingWindowDays
      video
      inPerson
      homeVisit
      place
      active
    }
  }
`);

export const SAVE_APPOINTMENT_SERVICE = graphql(`
  mutation SaveAppointmentService($id: ID, $input: AppointmentServiceInput!) {
    saveAppointmentService(id: $id, input: $input) {
      id
    }
  }
`);
