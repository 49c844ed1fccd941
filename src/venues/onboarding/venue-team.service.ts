import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { hashSecretToken, newSecretToken } from '../../common/crypto/secret-token.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { param } from '../../common/i18n/message-params.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { INVITATION_TOKEN_FORMAT, invitationStatus } from '../../common/invitations/invitation-status.js';
import { AccountDirectory, EmailRequestThrottle, normalizeEmail, Role } from '../../identity/index.js';
import { EmailComposer, MailPort } from '../../notifications/index.js';
import type { InviteVenueOperatorInput } from '../dto/venue-onboarding.inputs.js';
import { VenueInvitation } from '../entities/venue-invitation.entity.js';
import { VenueOperator } from '../entities/venue-operator.entity.js';
import { Venue } from '../entities/venue.entity.js';
import { VenueAccessService } from '../venue-access.service.js';
import { VenuesException } from '../venues.exception.js';
import { VenuesService } from '../venues.service.js';

const INVITATION_DAYS = 14;
/** Open invitations per venue; more would only serve to send e-mail to strangers. */
const MAX_OPEN_INVITATIONS = 20;

export interface VenueColleague {
  accountId: string;
  email: string;
  since: Date;
  isMe: boolean;
}

/** A venue's operators: invitations by e-mail, acceptance, removal; operators act for their own venue, staff for any. */
@Injectable()
export class VenueTeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: VenueAccessService,
    private readonly venues: VenuesService,
    private readonly accounts: AccountDirectory,
    private readonly emailRequests: EmailRequestThrottle,
    private readonly mail: MailPort,
    private readonly composer: EmailComposer,
    private readonly audit: AuditService,
  ) {}

  async colleagues(actor: Actor, venueId?: string | null): Promise<VenueColleague[]> {
    const id = await this.access.managedVenueId(actor, venueId);
    const rows = await this.dataSource.manager.find(VenueOperator, { where: { venueId: id }, order: { createdAt: 'ASC' } });
    const contacts = await this.accounts.contactsOf(rows.map((row) => row.accountId));
    return rows.map((row) => ({
      accountId: row.accountId,
      email: contacts.get(row.accountId)?.email ?? '',
      since: row.createdAt,
      isMe: row.accountId === actor.accountId,
    }));
  }

  async invitations(actor: Actor, venueId?: string | null): Promise<VenueInvitation[]> {
    const id = await this.access.managedVenueId(actor, venueId);
    return this.dataSource.manager.find(VenueInvitation, {
      where: { venueId: id, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
  }

  async invite(actor: Actor, input: InviteVenueOperatorInput): Promise<VenueInvitation> {
    const venueId = await this.access.managedVenueId(actor, input.venueId);
    return this.dataSource.transaction(async (manager) => {
      // The venue row serialises invitations, so the count below cannot be overtaken.
      const venue = await manager.findOneOrFail(Venue, { where: { id: venueId }, lock: { mode: 'pessimistic_write' } });
      const invitee = await this.accounts.contactByEmail(input.email, manager);
      if (invitee && (await manager.existsBy(VenueOperator, { accountId: invitee.id }))) throw VenuesException.alreadyOperator();
      const open = await manager.countBy(VenueInvitation, {
        venueId,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      });
      if (open >= MAX_OPEN_INVITATIONS) throw VenuesException.tooManyInvitations(MAX_OPEN_INVITATIONS);
      await this.emailRequests.consume(input.email);
      const token = newSecretToken();
      const invitation = await manager.save(
        manager.create(VenueInvitation, {
          venueId,
          email: input.email,
          tokenHash: hashSecretToken(token),
          invitedByAccountId: actor.accountId,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        }),
      );
      await this.mail.send(
        {
          to: input.email,
          // An invitee with an account reads it in their language when it is sent; anyone else in the inviter's.
          accountId: invitee?.id ?? null,
          language: invitee?.language ?? actor.language,
          template: 'venues.operator_invitation',
          params: {
            link: `${this.composer.publicUrl}/venue/invitation?token=${token}`,
            venue: venue.name,
            days: param.number(INVITATION_DAYS),
          },
        },
        manager,
      );
      await this.audit.record(
        {
          action: 'venue.operator_invited',
          actorAccountId: actor.accountId,
          subjectType: 'venue',
          subjectId: venueId,
          details: { invitationId: invitation.id },
        },
        manager,
      );
      return invitation;
    });
  }

  async revokeInvitation(actor: Actor, invitationId: string): Promise<VenueInvitation> {
    const invitation = isUuid(invitationId) ? await this.dataSource.manager.findOneBy(VenueInvitation, { id: invitationId }) : null;
    if (!invitation) throw DomainException.notFound();
    await this.access.managedVenueId(actor, invitation.venueId);
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        VenueInvitation,
        { id: invitationId, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (!result.affected) throw VenuesException.invitationUnusable(invitation.acceptedAt ? 'INVITATION_ACCEPTED' : 'INVITATION_REVOKED');
      await this.audit.record(
        {
          action: 'venue.invitation_revoked',
          actorAccountId: actor.accountId,
          subjectType: 'venue',
          subjectId: invitation.venueId,
          details: { invitationId },
        },
        manager,
      );
      return manager.findOneByOrFail(VenueInvitation, { id: invitationId });
    });
  }

  /** What an invitation link offers; NOT_FOUND for an unknown token. */
  async preview(token: string): Promise<{ invitation: VenueInvitation; venue: Venue }> {
    const invitation = INVITATION_TOKEN_FORMAT.test(token)
      ? await this.dataSource.manager.findOneBy(VenueInvitation, { tokenHash: hashSecretToken(token) })
      : null;
    if (!invitation) throw DomainException.notFound();
    return { invitation, venue: await this.dataSource.manager.findOneByOrFail(Venue, { id: invitation.venueId }) };
  }

  /** The account the invitation was sent to (verified address) becomes an operator; anyone else holding the link is refused. */
  async accept(actor: Actor, token: string): Promise<Venue> {
    if (!INVITATION_TOKEN_FORMAT.test(token)) throw DomainException.notFound();
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(VenueInvitation, {
        where: { tokenHash: hashSecretToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw DomainException.notFound();
      const status = invitationStatus(invitation);
      if (status !== 'pending') throw VenuesException.invitationUnusable(`INVITATION_${status.toUpperCase()}` as 'INVITATION_EXPIRED');
      const accepting = await this.accounts.contactOf(actor.accountId, manager);
      if (!accepting?.emailVerified || normalizeEmail(accepting.email) !== normalizeEmail(invitation.email))
        throw VenuesException.invitationForAnotherAddress();
      await this.venues.addOperator(manager, actor.accountId, invitation.venueId);
      await manager.update(VenueInvitation, { id: invitation.id }, { acceptedAt: new Date(), acceptedByAccountId: actor.accountId });
      await this.audit.record(
        {
          action: 'venue.invitation_accepted',
          actorAccountId: actor.accountId,
          subjectType: 'venue',
          subjectId: invitation.venueId,
          details: { invitationId: invitation.id },
        },
        manager,
      );
      return manager.findOneByOrFail(Venue, { id: invitation.venueId });
    });
  }

  /** Removes a colleague (not oneself: a venue keeps at least the operator who acts) and withdraws the role. */
  async removeColleague(actor: Actor, accountId: string, venueId?: string | null): Promise<boolean> {
    const id = await this.access.managedVenueId(actor, venueId);
    if (!isUuid(accountId)) throw DomainException.notFound();
    if (accountId === actor.accountId) throw VenuesException.cannotRemoveSelf();
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(VenueOperator, { accountId, venueId: id });
      if (!result.affected) throw DomainException.notFound();
      await this.accounts.withdrawRole(accountId, Role.venue_operator, manager);
      await this.audit.record(
        {
          action: 'venue.operator_removed',
          actorAccountId: actor.accountId,
          subjectType: 'venue',
          subjectId: id,
          details: { accountId },
        },
        manager,
      );
      return true;
    });
  }
}
