import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BackofficeCaseModel } from '../backoffice/index.js';
import { isStaff } from '../common/auth/actor.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { requestLoader } from '../common/loaders/request-loaders.js';
import type { AppointmentBooking, AppointmentServiceEntity } from './appointments.entities.js';
import { AppointmentBookingModel } from './appointments.models.js';
import { AppointmentsService } from './appointments.service.js';

/** The appointments booked about a back office case, on the staff case view (batched per request). */
@Resolver(() => BackofficeCaseModel)
export class AppointmentCaseFieldsResolver {
  constructor(private readonly service: AppointmentsService) {}

  @ResolveField(() => [AppointmentBookingModel], { description: 'Appointments the applicant booked about this case.' })
  async appointments(@Parent() found: BackofficeCaseModel, @Context() context: GraphqlContext): Promise<AppointmentBookingModel[]> {
    const actor = context.req.user;
    if (!actor || !isStaff(actor)) return [];
    const bookings =
      (await requestLoader<string, AppointmentBooking[]>(context.req, 'appointments.byCase', (ids) =>
        this.service.bookingsOfCases(ids),
      ).load(found.id)) ?? [];
    const services = requestLoader<string, AppointmentServiceEntity>(context.req, 'appointments.services', (ids) =>
      this.service.servicesByIds(ids),
    );
    return Promise.all(
      bookings.map(async (booking) =>
        AppointmentBookingModel.from(booking, (await services.load(booking.serviceId)) ?? undefined, actor.language, {
          bookerEmail: null,
          staffEmail: null,
        }),
      ),
    );
  }
}
