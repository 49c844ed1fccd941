import { Args, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor, Public } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { AccountDirectory } from '../identity/index.js';
import { AppointmentOffice, officesOf } from './appointment-office.js';
import type { AppointmentBooking } from './appointments.entities.js';
import {
  AppointmentOpeningHoursInput,
  AppointmentServiceInput,
  AppointmentTimeOffInput,
  BookAppointmentInput,
} from './appointments.inputs.js';
import {
  AppointmentBookingModel,
  AppointmentCaseModel,
  AppointmentOpeningHoursModel,
  AppointmentServiceModel,
  AppointmentSlotModel,
  AppointmentTimeOffModel,
  AppointmentVisitGroupModel,
} from './appointments.models.js';
import { AppointmentsService } from './appointments.service.js';

/** Appointments: thin; the service authorises (deny by default; another person's booking is NOT_FOUND). */
@Resolver(() => AppointmentBookingModel)
export class AppointmentsResolver {
  constructor(
    private readonly appointments: AppointmentsService,
    private readonly accounts: AccountDirectory,
  ) {}

  /** Bookings with their services (one statement) and, for staff, the e-mail addresses (one more). */
  private async models(actor: Actor | null, bookings: AppointmentBooking[], language: string, staffView = false) {
    const services = await this.appointments.servicesByIds(bookings.map((booking) => booking.serviceId));
    const contacts = staffView
      ? await this.accounts.contactsOf([...new Set(bookings.flatMap((booking) => [booking.bookerAccountId, booking.staffAccountId]))])
      : new Map();
    return bookings.map((booking) =>
      AppointmentBookingModel.from(
        booking,
        services.get(booking.serviceId),
        actor?.language ?? language,
        staffView
          ? {
              bookerEmail: contacts.get(booking.bookerAccountId)?.email ?? null,
              staffEmail: contacts.get(booking.staffAccountId)?.email ?? null,
            }
          : undefined,
      ),
    );
  }

  private async one(actor: Actor | null, booking: AppointmentBooking, language = 'de', staffView = false) {
    return (await this.models(actor, [booking], language, staffView))[0];
  }

  @Query(() => [AppointmentServiceModel], { description: 'Services people can book (staff: their offices’ inactive ones too).' })
  @Authenticated()
  async appointmentServices(@CurrentActor() actor: Actor) {
    return (await this.appointments.services(actor)).map((service) => AppointmentServiceModel.from(service, actor.language));
  }

  @Query(() => [AppointmentSlotModel], { description: 'Free slots of a service from `from` for `days` days (1–31).' })
  @Authenticated()
  async appointmentSlots(
    @Args('serviceId', { type: () => ID }) serviceId: string,
    @Args('from', { type: () => GraphQLISODateTime }) from: Date,
    @Args('days', { type: () => Int, defaultValue: 7 }) days: number,
  ) {
    return this.appointments.openSlots(serviceId, from, days);
  }

  @Query(() => [AppointmentBookingModel], { description: 'My appointments (from 30 days ago on).' })
  @Authenticated()
  async myAppointments(@CurrentActor() actor: Actor) {
    return this.models(actor, await this.appointments.myBookings(actor), actor.language);
  }

  @Query(() => AppointmentBookingModel, { description: 'One of my appointments (another person’s id is NOT_FOUND).' })
  @Authenticated()
  async myAppointment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.one(actor, await this.appointments.myBooking(actor, id));
  }

  @Query(() => [AppointmentCaseModel], { description: 'My cases an appointment can be about.' })
  @Authenticated()
  async myAppointmentCases(@CurrentActor() actor: Actor) {
    return this.appointments.myCases(actor);
  }

  @Mutation(() => AppointmentBookingModel, { description: 'Book a free slot (SLOT_TAKEN when someone was faster).' })
  @Authenticated()
  async bookAppointment(@CurrentActor() actor: Actor, @Args('input') input: BookAppointmentInput) {
    return this.one(actor, await this.appointments.book(actor, input));
  }

  @Mutation(() => AppointmentBookingModel, { description: 'Cancel my appointment (before it starts).' })
  @Authenticated()
  async cancelAppointment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.one(actor, await this.appointments.cancel(actor, id));
  }

  @Mutation(() => AppointmentBookingModel, { description: 'Move my appointment to another free slot of its service.' })
  @Authenticated()
  async moveAppointment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('startsAt', { type: () => GraphQLISODateTime }) startsAt: Date,
  ) {
    return this.one(actor, await this.appointments.move(actor, id, startsAt));
  }

  // ------------------------------------------------ the link in the e-mail (signed, no sign-in)

  @Query(() => AppointmentBookingModel, { description: 'The booking a link from an appointment e-mail is for.' })
  @Public()
  async appointmentByLink(@Args('token') token: string, @Args('language', { defaultValue: 'de' }) language: string) {
    return this.one(null, await this.appointments.bookingByLink(token), language);
  }

  @Mutation(() => AppointmentBookingModel, { description: 'Cancel through the link in the e-mail.' })
  @Public()
  async cancelAppointmentByLink(@Args('token') token: string, @Args('language', { defaultValue: 'de' }) language: string) {
    return this.one(null, await this.appointments.cancelByLink(token), language);
  }

  @Mutation(() => AppointmentBookingModel, { description: 'Move through the link in the e-mail.' })
  @Public()
  async moveAppointmentByLink(
    @Args('token') token: string,
    @Args('startsAt', { type: () => GraphQLISODateTime }) startsAt: Date,
    @Args('language', { defaultValue: 'de' }) language: string,
  ) {
    return this.one(null, await this.appointments.moveByLink(token, startsAt), language);
  }

  // ------------------------------------------------ staff

  @Query(() => [AppointmentOffice], { description: 'The offices whose appointments I work.' })
  @Authenticated()
  myAppointmentOffices(@CurrentActor() actor: Actor) {
    return officesOf(actor);
  }

  @Query(() => [AppointmentBookingModel], { description: 'Staff: the bookings of my offices on a Berlin day (YYYY-MM-DD).' })
  @Authenticated()
  async staffAppointmentDay(
    @CurrentActor() actor: Actor,
    @Args('day') day: string,
    @Args('office', { type: () => AppointmentOffice, nullable: true }) office?: AppointmentOffice | null,
  ) {
    return this.models(actor, await this.appointments.staffDay(actor, day, office), actor.language, true);
  }

  @Query(() => [AppointmentVisitGroupModel], { description: 'Staff: the day’s home visits of my offices, grouped by district.' })
  @Authenticated()
  async staffHomeVisitPlan(@CurrentActor() actor: Actor, @Args('day') day: string) {
    const groups = await this.appointments.homeVisitPlan(actor, day);
    const models = await this.models(
      actor,
      groups.flatMap((group) => group.visits),
      actor.language,
      true,
    );
    const byId = new Map(models.map((model) => [model.id, model]));
    return groups.map((group) => ({ district: group.district, visits: group.visits.map((visit) => byId.get(visit.id)!) }));
  }

  @Mutation(() => AppointmentBookingModel, { description: 'Staff: the booker came (attended) or did not (no-show).' })
  @Authenticated()
  async markAppointmentAttendance(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('attended') attended: boolean,
  ) {
    return this.one(actor, await this.appointments.markAttendance(actor, id, attended), actor.language, true);
  }

  @Mutation(() => AppointmentBookingModel, { description: 'Staff: cancel a booking with a reason; the booker is told.' })
  @Authenticated()
  async staffCancelAppointment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return this.one(actor, await this.appointments.staffCancel(actor, id, reason), actor.language, true);
  }

  @Mutation(() => AppointmentServiceModel, { description: 'Staff: create (without id) or change a service of my office.' })
  @Authenticated()
  async saveAppointmentService(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
    @Args('input') input: AppointmentServiceInput,
  ) {
    return AppointmentServiceModel.from(await this.appointments.saveService(actor, id ?? null, input), actor.language);
  }

  @Query(() => [AppointmentOpeningHoursModel], { description: 'Staff: my weekly hours for an office.' })
  @Authenticated()
  async myAppointmentHours(@CurrentActor() actor: Actor, @Args('office', { type: () => AppointmentOffice }) office: AppointmentOffice) {
    return (await this.appointments.openingHours(actor, office)).map(AppointmentOpeningHoursModel.from);
  }

  @Mutation(() => [AppointmentOpeningHoursModel], { description: 'Staff: replace my weekly hours for an office.' })
  @Authenticated()
  async setMyAppointmentHours(
    @CurrentActor() actor: Actor,
    @Args('office', { type: () => AppointmentOffice }) office: AppointmentOffice,
    @Args('hours', { type: () => [AppointmentOpeningHoursInput] }) hours: AppointmentOpeningHoursInput[],
  ) {
    return (await this.appointments.setOpeningHours(actor, office, hours)).map(AppointmentOpeningHoursModel.from);
  }

  @Query(() => [AppointmentTimeOffModel], { description: 'Staff: my time off (not yet over) for an office.' })
  @Authenticated()
  async myAppointmentTimeOff(@CurrentActor() actor: Actor, @Args('office', { type: () => AppointmentOffice }) office: AppointmentOffice) {
    return (await this.appointments.timeOff(actor, office)).map(AppointmentTimeOffModel.from);
  }

  @Mutation(() => AppointmentTimeOffModel, { description: 'Staff: add time off (no slots then).' })
  @Authenticated()
  async addMyAppointmentTimeOff(@CurrentActor() actor: Actor, @Args('input') input: AppointmentTimeOffInput) {
    return AppointmentTimeOffModel.from(await this.appointments.addTimeOff(actor, input));
  }

  @Mutation(() => Boolean, { description: 'Staff: remove my time off.' })
  @Authenticated()
  async removeMyAppointmentTimeOff(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.appointments.removeTimeOff(actor, id);
  }
}
