import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConsultationSignalKind } from './consultation-signals.js';
import type { ConsultationRoom } from './consultations.service.js';

registerEnumType(ConsultationSignalKind, {
  name: 'ConsultationSignalKind',
  description: 'What a participant sends the other: join, offer, answer, candidate (WebRTC), chat, leave.',
});

/** What arrives: a signal of the other participant, or `resync` when signals may have been lost (negotiate again). */
export enum ConsultationSignalEventKind {
  join = 'join',
  offer = 'offer',
  answer = 'answer',
  candidate = 'candidate',
  chat = 'chat',
  leave = 'leave',
  resync = 'resync',
}
registerEnumType(ConsultationSignalEventKind, { name: 'ConsultationSignalEventKind' });

export enum ConsultationRole {
  booker = 'booker',
  staff = 'staff',
}
registerEnumType(ConsultationRole, { name: 'ConsultationRole', description: 'Who one is in a consultation room.' });

export enum ConsultationMediaMode {
  peer_to_peer = 'peer_to_peer',
  sfu = 'sfu',
}
registerEnumType(ConsultationMediaMode, { name: 'ConsultationMediaMode' });

@ObjectType('ConsultationIceServer', { description: 'One entry of RTCConfiguration.iceServers (TURN with a time-limited credential).' })
export class ConsultationIceServerModel {
  @Field(() => [String])
  urls: string[];

  @Field(() => String, { nullable: true })
  username: string | null;

  @Field(() => String, { nullable: true })
  credential: string | null;
}

@ObjectType('ConsultationTerminal', { description: 'A self-service terminal a caller uses where nobody signed in.' })
export class ConsultationTerminalModel {
  @Field()
  name: string;

  @Field()
  location: string;
}

@ObjectType('ConsultationRoom', { description: 'Admission to the video room of one’s own appointment.' })
export class ConsultationRoomModel {
  @Field(() => ID)
  bookingId: string;

  @Field(() => ConsultationRole)
  role: ConsultationRole;

  @Field({ description: 'Short-lived, bound to this booking and account: for sendConsultationSignal and consultationSignals.' })
  roomToken: string;

  @Field(() => GraphQLISODateTime, { description: 'Fetch a fresh token (joinConsultationRoom) before this.' })
  tokenExpiresAt: Date;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => GraphQLISODateTime)
  opensAt: Date;

  @Field(() => GraphQLISODateTime)
  closesAt: Date;

  @Field(() => ConsultationMediaMode)
  mediaMode: ConsultationMediaMode;

  @Field(() => [ConsultationIceServerModel])
  iceServers: ConsultationIceServerModel[];

  @Field(() => ConsultationTerminalModel, {
    nullable: true,
    description: 'For staff: the self-service terminal the caller calls from (nobody signed in there: no account, no case to look up).',
  })
  callerTerminal: ConsultationTerminalModel | null;

  static from(room: ConsultationRoom): ConsultationRoomModel {
    return {
      bookingId: room.bookingId,
      role: room.role === 'staff' ? ConsultationRole.staff : ConsultationRole.booker,
      roomToken: room.roomToken,
      tokenExpiresAt: room.tokenExpiresAt,
      startsAt: room.startsAt,
      endsAt: room.endsAt,
      opensAt: room.opensAt,
      closesAt: room.closesAt,
      mediaMode: room.media.mode === 'sfu' ? ConsultationMediaMode.sfu : ConsultationMediaMode.peer_to_peer,
      iceServers: room.media.iceServers.map((server) => ({
        urls: server.urls,
        username: server.username ?? null,
        credential: server.credential ?? null,
      })),
      callerTerminal: room.callerTerminal ? { name: room.callerTerminal.name, location: room.callerTerminal.location } : null,
    };
  }
}

@ObjectType('ConsultationSignal', { description: 'A signal of the other participant of the room (never one’s own).' })
export class ConsultationSignalModel {
  @Field(() => ConsultationSignalEventKind)
  kind: ConsultationSignalEventKind;

  @Field({ description: 'SDP or ICE candidate (JSON), the chat text, or empty.' })
  payload: string;

  @Field(() => GraphQLISODateTime)
  sentAt: Date;
}
