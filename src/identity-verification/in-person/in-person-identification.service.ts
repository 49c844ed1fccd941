import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { hasRole } from '../../common/auth/actor.js';
import { AssuranceLevel, meetsAssurance } from '../../common/auth/assurance-level.js';
import { Role } from '../../common/auth/role.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { ClusterEvents } from '../../common/cluster-events/index.js';
import { publishIdentityVerificationChanged } from '../identity-verification-live.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { InPersonIdentificationSession, InPersonIdentificationStatus } from '../entities/in-person-identification-session.entity.js';
import { isBirthDate, nationalityCode } from '../identity-claims.js';
import { IdentityVerificationException } from '../identity-verification.exception.js';
import { IdentityVerificationMethod } from '../identity-verification-method.js';
import { VerificationStartThrottle } from '../verification-start-throttle.js';
import { VerifiedIdentities } from '../verified-identities.service.js';
import {
  IN_PERSON_IDENTIFICATION_PARTNER,
  type InPersonIdentificationPartner,
  type PresentedDocument,
  type ServicePoint,
} from './in-person-identification-partner.js';

/** Who may confirm identifications at a service point. */
const CONFIRMING_ROLES = [Role.staff_citizens_office, Role.admin];
const BOOKING_CODE = /^[A-Z0-9-]{4,40}$/;

export type InPersonDecision = { confirmed: true } | { confirmed: false; reason: string };

/**
 * Identification in person: the person books at a service point or terminal; there the terminal
 * reads the passport chip and compares the face, and staff confirm. A confirmation records the
 * identity at level high (method `in_person`).
 */
@Injectable()
export class InPersonIdentificationService {
  private readonly logger = new Logger('InPersonIdentification');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IN_PERSON_IDENTIFICATION_PARTNER) private readonly partner: InPersonIdentificationPartner | null,
    private readonly identities: VerifiedIdentities,
    private readonly audit: AuditService,
    private readonly throttle: VerificationStartThrottle,
    private readonly cluster: ClusterEvents,
  ) {}

  get available(): boolean {
    return this.partner !== null;
  }

  servicePoints(): readonly ServicePoint[] {
    return this.partner?.servicePoints() ?? [];
  }

  async latestOf(accountId: string): Promise<InPersonIdentificationSession | null> {
    return this.dataSource.getRepository(InPersonIdentificationSession).findOne({ where: { accountId }, order: { createdAt: 'DESC' } });
  }

  /** Books an identification at a service point (or returns the booking still open, moved to that service point). */
  async book(actor: Actor, servicePointId: string): Promise<InPersonIdentificationSession> {
    if (!this.partner) throw IdentityVerificationException.inPersonUnavailable();
    if (!this.partner.servicePoints().some((point) => point.id === servicePointId))
      throw IdentityVerificationException.unknownServicePoint();
    await this.throttle.consume(actor.accountId);
    if (
      meetsAssurance(await this.identities.currentLevel(actor.accountId), AssuranceLevel.high) &&
      (await this.identities.of(actor.accountId))
    )
      throw IdentityVerificationException.alreadyVerified();
    return this.dataSource.transaction(async (manager) => {
      // One open booking per account: serialise concurrent bookings of the same person.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`in-person-ident:${actor.accountId}`]);
      const open = await manager.findOne(InPersonIdentificationSession, {
        where: { accountId: actor.accountId, status: InPersonIdentificationStatus.booked },
      });
      if (open) {
        open.servicePointId = servicePointId;
        return manager.save(open);
      }
      const session = manager.create(InPersonIdentificationSession, {
        accountId: actor.accountId,
        partner: this.partner!.name,
        servicePointId,
        bookingCode: `pending-${crypto.randomUUID()}`,
      });
      await manager.save(session);
      const { bookingCode } = await this.partner!.book({ id: session.id, servicePointId, language: actor.language });
      session.bookingCode = bookingCode;
      await manager.save(session);
      await this.audit.record(
        {
          action: 'identity_verification.in_person_booked',
          actorAccountId: actor.accountId,
          subjectType: 'in_person_identification_session',
          subjectId: session.id,
          details: { partner: session.partner, servicePointId },
        },
        manager,
      );
      return session;
    });
  }

  /** The person cancels their own open booking (another person's id is NOT_FOUND). */
  async cancel(actor: Actor, id: string): Promise<InPersonIdentificationSession> {
    if (!isUuid(id)) throw DomainException.notFound();
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(InPersonIdentificationSession, {
        where: { id, accountId: actor.accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw DomainException.notFound();
      if (session.status !== InPersonIdentificationStatus.booked) throw IdentityVerificationException.inPersonNotOpen();
      session.status = InPersonIdentificationStatus.cancelled;
      session.decidedAt = new Date();
      await manager.save(session);
      await this.audit.record(
        {
          action: 'identity_verification.in_person_cancelled',
          actorAccountId: actor.accountId,
          subjectType: 'in_person_identification_session',
          subjectId: session.id,
        },
        manager,
      );
      return session;
    });
  }

  /** Staff at the service point look up a booking by the code the person shows; only open bookings are found. */
  async findForStaff(actor: Actor, bookingCode: string): Promise<InPersonIdentificationSession> {
    this.requireConfirmingStaff(actor);
    const code = bookingCode.trim().toUpperCase();
    if (!BOOKING_CODE.test(code)) throw DomainException.notFound();
    const session = await this.dataSource.manager.findOneBy(InPersonIdentificationSession, {
      bookingCode: code,
      status: InPersonIdentificationStatus.booked,
    });
    if (!session) throw DomainException.notFound();
    return session;
  }

  /**
   * Staff confirm a booking with the passport presented: the terminal's chip and face checks must
   * pass; then the identity is recorded at level high. Decided once; the outcome is audited.
   */
  async confirm(
    actor: Actor,
    bookingCode: string,
    presented: PresentedDocument,
    personPresent: boolean,
  ): Promise<InPersonIdentificationSession> {
    this.requireConfirmingStaff(actor);
    const code = bookingCode.trim().toUpperCase();
    if (!BOOKING_CODE.test(code)) throw DomainException.notFound();
    const nationality = nationalityCode(presented.nationality);
    const invalid = [
      !presented.givenName.trim() && 'givenName',
      !presented.familyName.trim() && 'familyName',
      !isBirthDate(presented.birthDate) && 'birthDate',
      !nationality && 'nationality',
    ].filter((field): field is string => Boolean(field));
    if (invalid.length > 0) throw IdentityVerificationException.invalidDocument(invalid);
    const document: PresentedDocument = {
      ...presented,
      nationality: nationality!,
      documentNumber: presented.documentNumber.trim().toUpperCase(),
      placeOfBirth: presented.placeOfBirth?.trim() || null,
    };
    const session = await this.dataSource.transaction(async (manager) => {
      const open = await manager.findOne(InPersonIdentificationSession, {
        where: { bookingCode: code, status: InPersonIdentificationStatus.booked },
        lock: { mode: 'pessimistic_write' },
      });
      if (!open) throw DomainException.notFound();
      // Nobody confirms their own identity.
      if (open.accountId === actor.accountId) throw DomainException.forbidden();
      if (!this.partner) throw IdentityVerificationException.inPersonUnavailable();
      const reading = await this.partner.read(code, document);
      let decision: InPersonDecision = !personPresent
        ? { confirmed: false, reason: 'refused_by_staff' }
        : !reading.chipAuthentic
          ? { confirmed: false, reason: 'chip_not_authentic' }
          : !reading.faceMatched
            ? { confirmed: false, reason: 'face_not_matched' }
            : { confirmed: true };
      if (decision.confirmed) {
        try {
          await this.identities.record(manager, open.accountId, {
            givenName: document.givenName,
            familyName: document.familyName,
            birthDate: document.birthDate,
            nationality: document.nationality,
            placeOfBirth: document.placeOfBirth,
            level: AssuranceLevel.high,
            method: IdentityVerificationMethod.in_person,
            source: open.partner,
            // One passport verifies one account.
            sourceSubject: `passport:${document.nationality}:${document.documentNumber}`,
          });
        } catch (error) {
          const reason = error instanceof IdentityVerificationException ? error.options.reason : undefined;
          if (reason === 'IDENTITY_MISMATCH') decision = { confirmed: false, reason: 'identity_mismatch' };
          else if (reason === 'IDENTITY_IN_USE') decision = { confirmed: false, reason: 'identity_in_use' };
          else throw error;
        }
      }
      open.status = decision.confirmed ? InPersonIdentificationStatus.confirmed : InPersonIdentificationStatus.rejected;
      open.rejectionReason = decision.confirmed ? null : decision.reason;
      open.decidedByAccountId = actor.accountId;
      open.decidedAt = new Date();
      await manager.save(open);
      await this.audit.record(
        {
          action: decision.confirmed ? 'identity_verification.in_person_confirmed' : 'identity_verification.in_person_rejected',
          actorAccountId: actor.accountId,
          subjectType: 'in_person_identification_session',
          subjectId: open.id,
          details: {
            accountId: open.accountId,
            partner: open.partner,
            servicePointId: open.servicePointId,
            chipAuthentic: reading.chipAuthentic,
            faceMatched: reading.faceMatched,
            personPresent,
            ...(decision.confirmed ? {} : { reason: decision.reason }),
          },
        },
        manager,
      );
      await publishIdentityVerificationChanged(this.cluster, manager, open.accountId);
      return open;
    });
    this.logger.log(`in-person identification ${session.id}: ${session.status}`);
    return session;
  }

  private requireConfirmingStaff(actor: Actor): void {
    if (!hasRole(actor, ...CONFIRMING_ROLES)) throw DomainException.forbidden();
  }
}
