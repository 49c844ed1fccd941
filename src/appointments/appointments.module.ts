import { Module } from '@nestjs/common';
import { BackofficeModule } from '../backoffice/index.js';
import { IdentityModule } from '../identity/index.js';
import { AppointmentAccess } from './appointment-access.js';
import { AppointmentCalendarFiles } from './appointment-calendar-files.js';
import { APPOINTMENTS_RESOLVERS } from './appointments.resolvers.js';
import { AppointmentsPersonalData } from './appointments-personal-data.js';
import { AppointmentsService } from './appointments.service.js';

/** Appointments with the offices' staff: services, availability, booking, reminders, the staff's day. */
@Module({
  imports: [IdentityModule, BackofficeModule],
  providers: [AppointmentsService, AppointmentCalendarFiles, AppointmentAccess, AppointmentsPersonalData, ...APPOINTMENTS_RESOLVERS],
  exports: [AppointmentAccess],
})
export class AppointmentsModule {}
