import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isStaff, type Actor } from '../common/auth/actor.js';
import { AuditService } from '../common/audit/audit.service.js';
import { DomainException } from '../common/errors/domain.exception.js';
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
import { Offer } from './entities/offer.entity.js';
import { VenueOperator } from './entities/venue-operator.entity.js';
import { Venue, type VenueKind } from './entities/venue.entity.js';
import { berlinToday, OfferCatalog } from './offer-catalog.js';
import { OFFER_TRANSLATION_LANGUAGES, type OfferTranslations } from './offer-texts.js';
import { VenueAccessService } from './venue-access.service.js';
import { VenuesException } from './venues.exception.js';

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
  private translationsOf(input: OfferTranslationInput[] | null | undefined): OfferTranslations | undefined {
    if (!input) return undefined;
    const translations: OfferTranslations = {};
    input.forEach((translation, index) => {
      const field = `translations.${index}.language`;
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
      .where('offer.categories && CAST(:categories AS text[])', { categories: residency.categories })
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
