import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import { hashSecretToken, newSecretToken } from '../common/crypto/secret-token.js';
import { INVITATION_TOKEN_FORMAT, invitationStatus } from '../common/invitations/invitation-status.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { isUuid } from '../common/ids/is-uuid.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AccountDirectory, EmailRequestThrottle, normalizeEmail, Role } from '../identity/index.js';
import { param } from '../common/i18n/message-params.js';
import { EmailComposer } from '../notifications/index.js';
import { MailPort } from '../notifications/index.js';
import { CompaniesException } from './companies.exception.js';
import { CompaniesService } from './companies.service.js';
import { CompanyAccess } from './company-access.service.js';
import { RepresentativeRole } from './company-enums.js';
import type { InviteRepresentativeInput } from './dto/company.inputs.js';
import { CompanyInvitation } from './entities/company-invitation.entity.js';
import { CompanyRepresentative } from './entities/company-representative.entity.js';
import { CompanyTransaction } from './company-transaction.js';
import { Company } from './entities/company.entity.js';

/** Open invitations per company; more would only serve to send e-mail to strangers. */
export const MAX_OPEN_INVITATIONS = 20;

export { invitationStatus, type InvitationStatus } from '../common/invitations/invitation-status.js';

/** Representatives of a company: invitations by e-mail (owners only), acceptance, removal. */
@Injectable()
export class RepresentativesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CompanyAccess,
    private readonly companies: CompaniesService,
    private readonly mail: MailPort,
    private readonly composer: EmailComposer,
    private readonly audit: AuditService,
    private readonly accounts: AccountDirectory,
    private readonly emailRequests: EmailRequestThrottle,
    private readonly companyTransaction: CompanyTransaction,
  ) {}

  async invite(actor: Actor, input: InviteRepresentativeInput): Promise<CompanyInvitation> {
    await this.access.requireOwner(actor, input.companyId);
    return this.companyTransaction.run(input.companyId, async (manager, company) => {
      const invitee = await this.accounts.contactByEmail(input.email, manager);
      if (invitee && (await manager.existsBy(CompanyRepresentative, { companyId: company.id, accountId: invitee.id })))
        throw CompaniesException.alreadyRepresentative();
      const open = await manager.countBy(CompanyInvitation, {
        companyId: company.id,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      });
      if (open >= MAX_OPEN_INVITATIONS) throw CompaniesException.tooManyInvitations(MAX_OPEN_INVITATIONS);
      // Withdrawing and inviting again must not become a way to flood someone's inbox.
      await this.emailRequests.consume(input.email);
      const token = newSecretToken();
      const invitation = await manager.save(
        manager.create(CompanyInvitation, {
          companyId: company.id,
          email: input.email,
          role: input.role,
          tokenHash: hashSecretToken(token),
          invitedByAccountId: actor.accountId,
          expiresAt: new Date(Date.now() + this.config.companies.invitationDays * 86_400_000),
        }),
      );
      const link = `${this.composer.publicUrl}/company/invitation?token=${token}`;
      await this.mail.send(
        {
          to: input.email,
          // An invitee with an account reads it in their language when it is sent; anyone else in the inviter's.
          accountId: invitee?.id ?? null,
          language: invitee?.language ?? actor.language,
          template: 'company_invitation',
          params: { link, company: company.legalName, days: param.number(this.config.companies.invitationDays) },
        },
        manager,
      );
      await this.audit.record(
        {
          action: 'company.representative_invited',
          actorAccountId: actor.accountId,
          subjectType: 'company',
          subjectId: company.id,
          details: { invitationId: invitation.id, role: input.role },
        },
        manager,
      );
      return invitation;
    });
  }

  async revoke(actor: Actor, invitationId: string): Promise<CompanyInvitation> {
    const invitation = isUuid(invitationId) ? await this.dataSource.manager.findOneBy(CompanyInvitation, { id: invitationId }) : null;
    if (!invitation) throw DomainException.notFound();
    await this.access.requireOwner(actor, invitation.companyId);
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        CompanyInvitation,
        { id: invitationId, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (!result.affected)
        throw CompaniesException.invitationUnusable(invitation.acceptedAt ? 'INVITATION_ACCEPTED' : 'INVITATION_REVOKED');
      await this.audit.record(
        {
          action: 'company.invitation_revoked',
          actorAccountId: actor.accountId,
          subjectType: 'company',
          subjectId: invitation.companyId,
          details: { invitationId },
        },
        manager,
      );
      return manager.findOneByOrFail(CompanyInvitation, { id: invitationId });
    });
  }

  /** What the invitation offers (for the accept page); NOT_FOUND for an unknown token. */
  async preview(token: string): Promise<{ invitation: CompanyInvitation; company: Company }> {
    const invitation = INVITATION_TOKEN_FORMAT.test(token)
      ? await this.dataSource.manager.findOneBy(CompanyInvitation, { tokenHash: hashSecretToken(token) })
      : null;
    if (!invitation) throw DomainException.notFound();
    return { invitation, company: await this.dataSource.manager.findOneByOrFail(Company, { id: invitation.companyId }) };
  }

  /**
   * The account the invitation was sent to (its verified e-mail address is the invited one,
   * compared as identity normalizes addresses) becomes a representative with the invited role.
   * Anyone else holding the link is refused and the invitation stays open for the right person.
   */
  async accept(actor: Actor, token: string): Promise<Company> {
    if (!INVITATION_TOKEN_FORMAT.test(token)) throw DomainException.notFound();
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(CompanyInvitation, {
        where: { tokenHash: hashSecretToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw DomainException.notFound();
      const status = invitationStatus(invitation);
      if (status !== 'pending') throw CompaniesException.invitationUnusable(`INVITATION_${status.toUpperCase()}` as 'INVITATION_EXPIRED');
      const accepting = await this.accounts.contactOf(actor.accountId, manager);
      if (!accepting?.emailVerified || normalizeEmail(accepting.email) !== normalizeEmail(invitation.email))
        throw CompaniesException.invitationForAnotherAddress();
      if (await manager.existsBy(CompanyRepresentative, { companyId: invitation.companyId, accountId: actor.accountId }))
        throw CompaniesException.alreadyRepresentative();
      await manager.save(
        manager.create(CompanyRepresentative, { companyId: invitation.companyId, accountId: actor.accountId, role: invitation.role }),
      );
      await manager.update(CompanyInvitation, { id: invitation.id }, { acceptedAt: new Date(), acceptedByAccountId: actor.accountId });
      await this.companies.grantCompanyRepRole(manager, actor.accountId);
      await this.audit.record(
        {
          action: 'company.invitation_accepted',
          actorAccountId: actor.accountId,
          subjectType: 'company',
          subjectId: invitation.companyId,
          details: { invitationId: invitation.id, role: invitation.role },
        },
        manager,
      );
      return manager.findOneByOrFail(Company, { id: invitation.companyId });
    });
  }

  /** An owner removes a representative; the last owner stays. */
  async remove(actor: Actor, companyId: string, accountId: string): Promise<void> {
    await this.access.requireOwner(actor, companyId);
    if (!isUuid(accountId)) throw DomainException.notFound();
    await this.companyTransaction.run(companyId, async (manager) => {
      const target = await manager.findOneBy(CompanyRepresentative, { companyId, accountId });
      if (!target) throw DomainException.notFound();
      if (
        target.role === RepresentativeRole.owner &&
        (await manager.countBy(CompanyRepresentative, { companyId, role: RepresentativeRole.owner })) <= 1
      ) {
        throw CompaniesException.lastOwner();
      }
      await manager.delete(CompanyRepresentative, { id: target.id });
      if (!(await manager.existsBy(CompanyRepresentative, { accountId }))) {
        await this.accounts.withdrawRole(accountId, Role.company_rep, manager);
      }
      await this.audit.record(
        {
          action: 'company.representative_removed',
          actorAccountId: actor.accountId,
          subjectType: 'company',
          subjectId: companyId,
          details: { accountId, role: target.role },
        },
        manager,
      );
    });
  }

  /** Open invitations of a company (representatives only, checked by the caller). */
  pending(companyId: string): Promise<CompanyInvitation[]> {
    return this.dataSource.manager.find(CompanyInvitation, {
      where: { companyId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'ASC' },
    });
  }
}
