import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isStaff, type Actor } from '../common/auth/actor.js';
import { AuditService } from '../common/audit/audit.service.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { brokenUniqueConstraint } from '../common/idempotency/idempotent.js';
import { AccountDirectory, Role } from '../identity/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type {
  AssignVenueOperatorInput,
  CreateVenueInput,
  OfferInput,
  OfferTranslationInput,
  UpdateOfferInput,
} from './dto/venue.inputs.js';
import type { UpdateVenueInput } from './dto/venue-onboarding.inputs.js';
import type { VenueApplication } from './entities/venue-application.entity.js';
import { Offer } from './entities/offer.entity.js';
import { VenueOperator } from './entities/venue-operator.entity.js';
import { Venue, type VenueKind } from './entities/venue.entity.js';
import { berlinToday, OfferCatalog } from './offer-catalog.js';
import { OFFER_TRANSLATION_LANGUAGES, type OfferTranslations } from './offer-texts.js';
import { PartnerKeyAuthenticator } from './partner/partner-key-authenticator.js';
import { VenueAccessService } from './venue-access.service.js';
import { VenuesException } from './venues.exception.js';

/** The unique constraint on a venue's name (migration 1795270378149). */
const VENUE_NAME_UNIQUE = 'UQ_bb28c67fad9c46fac68d84a8aef';

/** Venues (staff) and their offers (staff, or the venue's own operators). */
@Injectable()
export class VenuesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: VenueAccessService,
    private readonly catalog: OfferCatalog,
    private readonly audit: AuditService,
    private readonly accounts: AccountDirectory,
    private readonly keys: PartnerKeyAuthenticator,
  ) {}

  async allVenues(actor: Actor): Promise<Venue[]> {
    if (!isStaff(actor)) throw DomainException.forbidden();
    return this.dataSource.manager.find(Venue, { order: { name: 'ASC' } });
  }

  async venue(actor: Actor, venueId?: string | null): Promise<Venue> {
    return this.dataSource.manager.findOneByOrFail(Venue, { id: await this.access.managedVenueId(actor, venueId) });
  }

  async createVenue(actor: Actor, input: CreateVenueInput): Promise<Venue> {
    if (!isStaff(actor)) throw DomainException.forbidden();
    const venue = await this.dataSource.manager.save(Object.assign(new Venue(), input));
    await this.audit.record({ action: 'venue.created', actorAccountId: actor.accountId, subjectType: 'venue', subjectId: venue.id });
    return venue;
  }

  /** Staff edit a venue's reference data; an inactive venue's offers and keys stop working. */
  async updateVenue(actor: Actor, input: UpdateVenueInput): Promise<Venue> {
    if (!isStaff(actor)) throw DomainException.forbidden();
    const venueId = await this.access.managedVenueId(actor, input.id);
    const venue = await uniqueNamed(() =>
      this.dataSource.transaction(async (manager) => {
        const before = await manager.findOneOrFail(Venue, { where: { id: venueId }, lock: { mode: 'pessimistic_write' } });
        const changes = { name: input.name, address: input.address, district: input.district, active: input.active };
        await manager.update(Venue, { id: venueId }, changes);
        const changed = Object.fromEntries(
          Object.entries(changes).filter(([field, value]) => before[field as keyof typeof changes] !== value),
        );
        await this.audit.record(
          { action: 'venue.updated', actorAccountId: actor.accountId, subjectType: 'venue', subjectId: venueId, details: { changed } },
          manager,
        );
        return manager.findOneByOrFail(Venue, { id: venueId });
      }),
    );
    this.catalog.invalidate(venueId);
    this.keys.forgetVenue(venueId);
    return venue;
  }

  /**
   * An approved application becomes a venue with its offers and its applicant as operator, in the
   * deciding transaction. A taken name or an applicant who already operates a venue roll it back.
   */
  async createFromApplication(manager: EntityManager, application: VenueApplication): Promise<Venue> {
    const venue = await uniqueNamed(() =>
      manager.save(
        manager.create(Venue, {
          name: application.organisationName,
          kind: application.kind,
          address: application.address,
          district: application.district,
          contact: `${application.contactName}, ${application.contactEmail}, ${application.contactPhone}`.slice(0, 300),
        }),
      ),
    );
    await manager.save(
      application.offers.map((offer) =>
        manager.create(Offer, {
          venueId: venue.id,
          titleDe: offer.titleDe,
          titleEn: offer.titleEn,
          discountPercent: offer.discountPercent,
          fixedPriceCents: offer.fixedPriceCents,
          categories: application.categories,
          validFrom: berlinToday(),
          translations: offer.translations,
        }),
      ),
    );
    await this.addOperator(manager, application.applicantAccountId, venue.id);
    return venue;
  }

  /** Makes the account an operator of the venue; one venue per account, decided by the unique index (the caller's transaction fails). */
  async addOperator(manager: EntityManager, accountId: string, venueId: string): Promise<void> {
    try {
      await manager.insert(VenueOperator, { accountId, venueId });
    } catch (error) {
      if (brokenUniqueConstraint(error) !== undefined) throw VenuesException.alreadyOperator();
      throw error;
    }
    await this.accounts.grantRole(accountId, Role.venue_operator, manager);
  }

  async assignOperator(actor: Actor, input: AssignVenueOperatorInput): Promise<Venue> {
    const venueId = await this.access.managedVenueId(actor, input.venueId);
    if (!isStaff(actor)) throw DomainException.forbidden();
    return this.dataSource.transaction(async (manager) => {
      const account = await this.accounts.contactByEmail(input.email, manager);
      if (!account) throw DomainException.notFound();
      await this.accounts.grantRole(account.id, Role.venue_operator, manager);
      await manager.delete(VenueOperator, { accountId: account.id });
      await manager.insert(VenueOperator, { accountId: account.id, venueId });
      await this.audit.record(
        {
          action: 'venue.operator_assigned',
          actorAccountId: actor.accountId,
          subjectType: 'venue',
          subjectId: venueId,
          details: { accountId: account.id },
        },
        manager,
      );
      return manager.findOneByOrFail(Venue, { id: venueId });
    });
  }

  async offers(actor: Actor, venueId?: string | null): Promise<Offer[]> {
    const id = await this.access.managedVenueId(actor, venueId);
    return this.dataSource.manager.find(Offer, { where: { venueId: id }, order: { createdAt: 'ASC' } });
  }

  async createOffer(actor: Actor, input: OfferInput): Promise<Offer> {
    const venueId = await this.access.managedVenueId(actor, input.venueId);
    const fields = fieldsOf(input);
    const translations = this.translationsOf(input.translations) ?? {};
    const offer = await this.dataSource.manager.save(Object.assign(new Offer(), fields, { translations, venueId }));
    this.catalog.invalidate(venueId);
    return offer;
  }

  async updateOffer(actor: Actor, input: UpdateOfferInput): Promise<Offer> {
    const offer = await this.dataSource.manager.findOneBy(Offer, { id: input.id });
    if (!offer) throw DomainException.notFound();
    // Another venue's offer looks absent (before anything about the input is said).
    await this.access.managedVenueId(actor, offer.venueId);
    const fields = fieldsOf(input);
    const translations = this.translationsOf(input.translations);
    const saved = await this.dataSource.manager.save(Object.assign(offer, fields, translations ? { translations } : {}));
    this.catalog.invalidate(offer.venueId);
    return saved;
  }

  /**
   * The translations as stored, or undefined when none were given. Each language at most once and
   * one this installation speaks (the input's own validation already allows only platform languages
   * other than German and English).
   */
  translationsOf(input: OfferTranslationInput[] | null | undefined, prefix = ''): OfferTranslations | undefined {
    if (!input) return undefined;
    const translations: OfferTranslations = {};
    input.forEach((translation, index) => {
      const field = `${prefix}translations.${index}.language`;
      if (
        !this.config.i18n.supportedLanguages.includes(translation.language) ||
        !OFFER_TRANSLATION_LANGUAGES.includes(translation.language)
      ) {
        throw DomainException.invalidInput([
          {
            field,
            constraint: 'isIn',
            messageKey: 'venues.translation_language',
            params: {
              languages: OFFER_TRANSLATION_LANGUAGES.filter((code) => this.config.i18n.supportedLanguages.includes(code)).join(', '),
            },
          },
        ]);
      }
      if (translations[translation.language]) {
        throw DomainException.invalidInput([
          { field, constraint: 'unique', messageKey: 'venues.translation_duplicate', params: { language: translation.language } },
        ]);
      }
      translations[translation.language] = {
        title: translation.title.trim(),
        description: (translation.description ?? '').trim(),
        conditions: (translation.conditions ?? '').trim(),
      };
    });
    return translations;
  }

  /** Running offers the signed-in resident's residency categories qualify for. */
  async eligibleOffers(actor: Actor, filter: { kind?: VenueKind | null; district?: string | null }): Promise<Offer[]> {
    const [residency] = await this.dataSource.query(
      `SELECT categories::text[] AS categories FROM residencies WHERE account_id = $1 AND status = 'active' ORDER BY valid_until DESC LIMIT 1`,
      [actor.accountId],
    );
    if (!residency) return [];
    const query = this.dataSource.manager
      .createQueryBuilder(Offer, 'offer')
      .innerJoinAndSelect('offer.venue', 'venue')
      .where('venue.active')
      .andWhere('offer.categories && CAST(:categories AS text[])', { categories: residency.categories })
      .andWhere('offer.valid_from <= :today AND (offer.valid_until IS NULL OR offer.valid_until >= :today)', { today: berlinToday() })
      .orderBy('venue.name', 'ASC')
      .addOrderBy('offer.title_de', 'ASC');
    if (filter.kind) query.andWhere('venue.kind = :kind', { kind: filter.kind });
    if (filter.district) query.andWhere('venue.district = :district', { district: filter.district });
    return query.getMany();
  }
}

function fieldsOf(input: OfferInput): Partial<Offer> {
  const percent = input.discountPercent ?? null;
  const fixed = input.fixedPriceCents ?? null;
  if ((percent === null) === (fixed === null)) throw VenuesException.invalidDiscount();
  if (input.validUntil && input.validUntil < input.validFrom)
    throw DomainException.invalidInput([{ field: 'validUntil', constraint: 'afterValidFrom', messageKey: 'validation.invalid' }]);
  return {
    titleDe: input.titleDe,
    titleEn: input.titleEn,
    descriptionDe: input.descriptionDe ?? '',
    descriptionEn: input.descriptionEn ?? '',
    discountPercent: percent,
    fixedPriceCents: fixed,
    categories: [...new Set(input.categories)],
    validFrom: input.validFrom,
    validUntil: input.validUntil ?? null,
    conditionsDe: input.conditionsDe ?? '',
    conditionsEn: input.conditionsEn ?? '',
  };
}

/** Runs `write`, turning a taken venue name into NAME_TAKEN. */
async function uniqueNamed<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (brokenUniqueConstraint(error) === VENUE_NAME_UNIQUE) throw VenuesException.nameTaken();
    throw error;
  }
}
