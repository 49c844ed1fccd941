import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AppointmentOffice } from './appointment-office.js';
import { serviceName } from './appointment-calendar.js';
import {
  AppointmentChannel,
  AppointmentStatus,
  HomeVisitReason,
  VisitDistrict,
  type AppointmentBooking,
  type AppointmentOpeningHours,
  type AppointmentServiceEntity,
  type AppointmentTimeOff,
} from './appointments.entities.js';

@ObjectType('AppointmentServiceName')
export class AppointmentServiceNameModel {
  @Field()
  language: string;

  @Field()
  name: string;
}

@ObjectType('AppointmentService', { description: 'A kind of appointment an office offers.' })
export class AppointmentServiceModel {
  @Field(() => ID)
  id: string;

  @Field(() => AppointmentOffice)
  office: AppointmentOffice;

  @Field({ description: 'The name in the reader’s language, else German.' })
  name: string;

  @Field()
  nameLanguage: string;

  @Field(() => [AppointmentServiceNameModel])
  names: AppointmentServiceNameModel[];

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => Int)
  bufferBeforeMinutes: number;

  @Field(() => Int)
  bufferAfterMinutes: number;

  @Field(() => Int)
  seats: number;

  @Field(() => Int)
  minNoticeMinutes: number;

  @Field(() => Int)
  bookingWindowDays: number;

  @Field()
  video: boolean;

  @Field()
  inPerson: boolean;

  @Field()
  homeVisit: boolean;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field()
  active: boolean;

  static from(service: AppointmentServiceEntity, language: string): AppointmentServiceModel {
    return Object.assign(new AppointmentServiceModel(), {
      ...service,
      name: serviceName(service, language),
      nameLanguage: Object.hasOwn(service.names, language) ? language : 'de',
      names: Object.entries(service.names).map(([lng, name]) => ({ language: lng, name })),
    });
  }
}

@ObjectType('AppointmentSlot', { description: 'A free time: the start and end, and how many seats are free.' })
export class AppointmentSlotModel {
  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => Int)
  freeSeats: number;
}

@ObjectType('AppointmentOpeningHours')
export class AppointmentOpeningHoursModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  weekday: number;

  @Field({ description: 'HH:MM, Berlin time.' })
  startsAt: string;

  @Field({ description: 'HH:MM, Berlin time.' })
  endsAt: string;

  static from(row: AppointmentOpeningHours): AppointmentOpeningHoursModel {
    const time = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    return Object.assign(new AppointmentOpeningHoursModel(), {
      id: row.id,
      weekday: row.weekday,
      startsAt: time(row.startsMinute),
      endsAt: time(row.endsMinute),
    });
  }
}

@ObjectType('AppointmentTimeOff')
export class AppointmentTimeOffModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field()
  reason: string;

  static from(row: AppointmentTimeOff): AppointmentTimeOffModel {
    return Object.assign(new AppointmentTimeOffModel(), { id: row.id, startsAt: row.startsAt, endsAt: row.endsAt, reason: row.reason });
  }
}

@ObjectType('AppointmentCase', { description: 'One of the booker’s own cases a booking can be about.' })
export class AppointmentCaseModel {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field()
  status: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('AppointmentBooking', { description: 'A booked appointment (times in UTC; the booker’s zone to show them there too).' })
export class AppointmentBookingModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  serviceId: string;

  @Field(() => AppointmentOffice)
  office: AppointmentOffice;

  @Field()
  serviceName: string;

  @Field(() => AppointmentChannel)
  channel: AppointmentChannel;

  @Field(() => AppointmentStatus)
  status: AppointmentStatus;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field({ description: 'The booker’s IANA time zone.' })
  bookerTimeZone: string;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => ID, { nullable: true })
  caseId: string | null;

  @Field(() => Int)
  sequence: number;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field({ description: 'Whether staff cancelled it.' })
  cancelledByStaff: boolean;

  @Field(() => String, { nullable: true, description: 'Staff only: the booker’s e-mail address.' })
  bookerEmail: string | null;

  @Field(() => HomeVisitReason, { nullable: true, description: 'Home visits: the reason of the self-assessment.' })
  homeVisitReason: HomeVisitReason | null;

  @Field(() => String, { nullable: true, description: 'Home visits: where.' })
  visitAddress: string | null;

  @Field(() => VisitDistrict, { nullable: true })
  visitDistrict: VisitDistrict | null;

  @Field(() => String, { nullable: true, description: 'Home visits booked by a carer: for whom.' })
  onBehalfOfName: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the carer recorded the person’s consent.' })
  consentRecordedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Staff only: the staff member the booking is with.' })
  staffAccountId: string | null;

  @Field(() => String, { nullable: true, description: 'Staff only: the e-mail address of the staff member.' })
  staffEmail: string | null;

  static from(
    booking: AppointmentBooking,
    service: AppointmentServiceEntity | undefined,
    language: string,
    staffView?: { bookerEmail: string | null; staffEmail: string | null },
  ): AppointmentBookingModel {
    return Object.assign(new AppointmentBookingModel(), {
      id: booking.id,
      serviceId: booking.serviceId,
      office: booking.office,
      serviceName: service ? serviceName(service, language) : '',
      channel: booking.channel,
      status: booking.status,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      bookerTimeZone: booking.bookerTimeZone,
      place: booking.channel === AppointmentChannel.in_person ? (service?.place ?? null) : null,
      caseId: booking.caseId,
      sequence: booking.sequence,
      cancelReason: booking.cancelReason,
      cancelledByStaff: booking.cancelledByStaff,
      homeVisitReason: booking.homeVisitReason,
      visitAddress: booking.visitAddress,
      visitDistrict: booking.visitDistrict,
      onBehalfOfName: booking.onBehalfOfName,
      consentRecordedAt: booking.consentRecordedAt,
      bookerEmail: staffView?.bookerEmail ?? null,
      staffAccountId: staffView ? booking.staffAccountId : null,
      staffEmail: staffView?.staffEmail ?? null,
    });
  }
}

@ObjectType('AppointmentVisitGroup', { description: 'The day’s home visits in one district.' })
export class AppointmentVisitGroupModel {
  @Field(() => VisitDistrict)
  district: VisitDistrict;

  @Field(() => [AppointmentBookingModel])
  visits: AppointmentBookingModel[];
}
