import type { Type } from '@nestjs/common';
import { AppointmentCaseFieldsResolver } from './appointment-case-fields.resolver.js';
import { AppointmentsResolver } from './appointments.resolver.js';

/** The GraphQL resolvers of the appointments domain (for the schema CLI, through src/domains.ts). */
export const APPOINTMENTS_RESOLVERS: Type[] = [AppointmentsResolver, AppointmentCaseFieldsResolver];
