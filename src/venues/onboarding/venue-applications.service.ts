import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CaseQueue } from '../../backoffice/index.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { Role } from '../../common/auth/role.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { brokenUniqueConstraint } from '../../common/idempotency/idempotent.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { decodeCursor } from '../../common/pagination/cursor.js';
import type { AnswerVenueApplicationInput, ProposedOfferInput, VenueApplicationInput } from '../dto/venue-onboarding.inputs.js';
import { VenueApplication, VenueApplicationStatus, type ProposedOffer } from '../entities/venue-application.entity.js';
import { VenueOperator } from '../entities/venue-operator.entity.js';
import { VenuesException } from '../venues.exception.js';
import { VenuesService } from '../venues.service.js';
import { VENUE_APPLICATION_CASE_KIND, VENUE_APPLICATION_DECIDERS, VENUE_APPLICATION_DUE_DAYS } from './venue-application-case-kind.js';

const CREATED_MS = "date_trunc('milliseconds', a.created_at)";

/** Applications to become a partner venue: submitted and answered by the applicant, listed for the staff who decide. */
@Injectable()
export class VenueApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly venues: VenuesService,
    private readonly queue: CaseQueue,
    private readonly audit: AuditService,
  ) {}

  /** One open application per account (the partial unique index decides); it becomes a back office case. */
  async submit(actor: Actor, input: VenueApplicationInput): Promise<VenueApplication> {
    const offers = input.offers.map((offer, index) => this.proposed(offer, `offers.${index}.`));
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(VenueOperator, { accountId: actor.accountId })) throw VenuesException.alreadyOperator();
      const application = manager.create(VenueApplication, {
        applicantAccountId: actor.accountId,
        organisationName: input.organisationName,
        kind: input.kind,
        address: input.address,
        district: input.district,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
        description: input.description,
        categories: [...new Set(input.categories)],
        offers,
      });
      try {
        await manager.save(application);
      } catch (error) {
        if (brokenUniqueConstraint(error) === 'UQ_venue_applications_open') throw VenuesException.applicationOpen();
        throw error;
      }
      await this.queue.open(manager, {
        kind: VENUE_APPLICATION_CASE_KIND,
        subjectId: application.id,
        applicantAccountId: actor.accountId,
        dueInDays: VENUE_APPLICATION_DUE_DAYS,
      });
      await this.audit.record(
        {
          action: 'venue.application_submitted',
          actorAccountId: actor.accountId,
          subjectType: 'venue_application',
          subjectId: application.id,
        },
        manager,
      );
      return application;
    });
  }

  mine(actor: Actor): Promise<VenueApplication[]> {
    return this.dataSource.manager.find(VenueApplication, { where: { applicantAccountId: actor.accountId }, order: { createdAt: 'DESC' } });
  }

  /** The applicant answers staff's question; the case is staff's turn again. */
  async answer(actor: Actor, input: AnswerVenueApplicationInput): Promise<VenueApplication> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(VenueApplication, {
        where: { id: input.applicationId, applicantAccountId: actor.accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw DomainException.notFound();
      if (application.status !== VenueApplicationStatus.info_requested) throw VenuesException.wrongApplicationStatus();
      await manager.update(
        VenueApplication,
        { id: application.id },
        { status: VenueApplicationStatus.submitted, applicantAnswer: input.answer },
      );
      await this.queue.applicantAnswered(
        manager,
        VENUE_APPLICATION_CASE_KIND,
        application.id,
        actor.accountId,
        input.answer,
        VENUE_APPLICATION_DUE_DAYS,
      );
      await this.audit.record(
        {
          action: 'venue.application_answered',
          actorAccountId: actor.accountId,
          subjectType: 'venue_application',
          subjectId: application.id,
        },
        manager,
      );
      return manager.findOneByOrFail(VenueApplication, { id: application.id });
    });
  }

  /** Staff who decide applications: newest first, one statement per page. */
  async list(
    actor: Actor,
    status: VenueApplicationStatus | undefined,
    first: number,
    after?: string,
  ): Promise<{ rows: VenueApplication[]; hasNextPage: boolean }> {
    this.assertDecider(actor);
    const query = this.dataSource.manager
      .createQueryBuilder(VenueApplication, 'a')
      .orderBy(CREATED_MS, 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(first + 1);
    if (status) query.andWhere('a.status = :status', { status });
    if (after) {
      const { createdAt, id } = decodeCursor(after);
      query.andWhere(`(${CREATED_MS}, a.id) < (:createdAt, :id)`, { createdAt, id });
    }
    const rows = await query.getMany();
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  /** The application behind a case, for the staff who decide. */
  async forStaff(actor: Actor, id: string): Promise<VenueApplication> {
    this.assertDecider(actor);
    const found = isUuid(id) ? await this.dataSource.manager.findOneBy(VenueApplication, { id }) : null;
    if (!found) throw DomainException.notFound();
    return found;
  }

  /** `forStaff` for many applications in one query (the case queue); unknown ids are missing. */
  async manyForStaff(actor: Actor, ids: readonly string[]): Promise<Map<string, VenueApplication>> {
    this.assertDecider(actor);
    const valid = [...new Set(ids.filter(isUuid))];
    const found = valid.length ? await this.dataSource.manager.findBy(VenueApplication, { id: In(valid) }) : [];
    return new Map(found.map((application) => [application.id, application]));
  }

  private assertDecider(actor: Actor): void {
    if (!hasRole(actor, Role.admin, ...VENUE_APPLICATION_DECIDERS)) throw DomainException.forbidden();
  }

  private proposed(offer: ProposedOfferInput, prefix: string): ProposedOffer {
    const percent = offer.discountPercent ?? null;
    const fixed = offer.fixedPriceCents ?? null;
    if ((percent === null) === (fixed === null)) throw VenuesException.invalidDiscount(`${prefix}discountPercent`);
    return {
      titleDe: offer.titleDe,
      titleEn: offer.titleEn?.trim() || offer.titleDe,
      translations: this.venues.translationsOf(offer.translations, prefix) ?? {},
      discountPercent: percent,
      fixedPriceCents: fixed,
    };
  }
}
