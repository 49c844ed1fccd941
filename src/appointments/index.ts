/** The public surface of the appointments domain: bookings with the offices' staff. */
export { AppointmentsModule } from './appointments.module.js';
export { APPOINTMENTS_ENTITIES } from './appointments.entities.js';
export { APPOINTMENTS_RESOLVERS } from './appointments.resolvers.js';
export { AppointmentAccess, type JoinableVideoBooking } from './appointment-access.js';
export { AppointmentOffice } from './appointment-office.js';
