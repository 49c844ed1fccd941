import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AppointmentOffice } from '../appointments/index.js';
import { TalkNowStatus, type TalkNowRequest } from './talk-now.entities.js';
import { talkNowRoomId, type TalkNowAvailability, type TalkNowDesk, type TalkNowRequestView } from './talk-now.service.js';

registerEnumType(TalkNowStatus, {
  name: 'TalkNowStatus',
  description: 'A talk-now request: waiting in the queue, connected with staff (room open), cancelled by the caller, or ended.',
});

@ObjectType('TalkNowAvailability', { description: 'Whether someone of an office is on duty for a video call now.' })
export class TalkNowAvailabilityModel {
  @Field(() => AppointmentOffice)
  office: AppointmentOffice;

  @Field()
  available: boolean;

  @Field(() => Int)
  staffOnDuty: number;

  @Field(() => Int, { description: 'Callers waiting in the queue.' })
  waiting: number;

  static from(availability: TalkNowAvailability): TalkNowAvailabilityModel {
    return { ...availability };
  }
}

@ObjectType('TalkNowRequest', { description: 'A place in an office’s talk-now queue, and the call once staff took it.' })
export class TalkNowRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => AppointmentOffice)
  office: AppointmentOffice;

  @Field(() => TalkNowStatus)
  status: TalkNowStatus;

  @Field(() => Int, { nullable: true, description: 'While waiting: callers ahead (0 = next).' })
  ahead: number | null;

  @Field(() => String, { nullable: true, description: 'While connected: the room id for joinConsultationRoom and the room page.' })
  roomId: string | null;

  @Field(() => GraphQLISODateTime)
  requestedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  takenAt: Date | null;

  static from(view: TalkNowRequestView): TalkNowRequestModel {
    return TalkNowRequestModel.of(view.request, view.ahead);
  }

  static of(request: TalkNowRequest, ahead: number | null = null): TalkNowRequestModel {
    return {
      id: request.id,
      office: request.office,
      status: request.status,
      ahead,
      roomId: request.status === TalkNowStatus.connected ? talkNowRoomId(request.id) : null,
      requestedAt: request.requestedAt,
      takenAt: request.takenAt,
    };
  }
}

@ObjectType('TalkNowDesk', { description: 'Staff: one’s duty and the queue of an office.' })
export class TalkNowDeskModel {
  @Field(() => AppointmentOffice)
  office: AppointmentOffice;

  @Field()
  onDuty: boolean;

  @Field(() => Int)
  waiting: number;

  @Field(() => Int)
  staffOnDuty: number;

  @Field(() => TalkNowRequestModel, { nullable: true, description: 'The caller one is connected with.' })
  currentCall: TalkNowRequestModel | null;

  static from(desk: TalkNowDesk): TalkNowDeskModel {
    return { ...desk, currentCall: desk.currentCall ? TalkNowRequestModel.of(desk.currentCall) : null };
  }
}

@ObjectType('TalkNowUpdate', { description: 'A talk-now request changed (read it again), or resync: read the current state.' })
export class TalkNowUpdateModel {
  @Field(() => ID, { nullable: true })
  requestId: string | null;

  @Field(() => TalkNowStatus, { nullable: true })
  status: TalkNowStatus | null;

  @Field()
  resync: boolean;
}
