import { Field, ID, ObjectType } from '@nestjs/graphql';
import { invitationStatus } from '../../common/invitations/invitation-status.js';
import type { VenueInvitation } from '../entities/venue-invitation.entity.js';

@ObjectType('VenueColleague', { description: 'An account that operates the venue.' })
export class VenueColleagueModel {
  @Field(() => ID) accountId: string;
  @Field() email: string;
  @Field() since: Date;
  @Field({ description: 'True for the signed-in account.' }) isMe: boolean;
}

@ObjectType('VenueInvitation')
export class VenueInvitationModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field({ description: 'pending, accepted, revoked or expired.' }) status: string;
  @Field() expiresAt: Date;
  @Field() createdAt: Date;

  static from(row: VenueInvitation): VenueInvitationModel {
    const { id, email, expiresAt, createdAt } = row;
    return Object.assign(new VenueInvitationModel(), { id, email, expiresAt, createdAt, status: invitationStatus(row) });
  }
}

@ObjectType('VenueInvitationPreview', { description: 'What an invitation link offers, for the page that accepts it.' })
export class VenueInvitationPreviewModel {
  @Field() venueName: string;
  @Field() status: string;
  @Field() expiresAt: Date;
}
