import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AuditService } from '../common/audit/audit.service.js';
import { hasRole, type Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { VerifiedIdentities } from '../identity-verification/index.js';
import { CardCredentialIssuer } from './card-credential-issuer.js';
import { CardEntitlements, type EntitlementState } from './card-entitlements.js';
import { CardHolderNotifier } from './card-holder-notifier.js';
import { isValidCardNumber, newCardNumber } from './card-number.js';
import { CardsException } from './cards.exception.js';
import { CardCredential, CardCredentialKind } from './entities/card-credential.entity.js';
import { CitizenCard, CitizenCardStatus } from './entities/citizen-card.entity.js';
import { CardEntitlementStatus } from './entities/card-entitlement.entity.js';
import { StatusListService } from './status-list.service.js';
import { fullName } from '../../packages/shared/src/person-name.js';

export interface ResidencyForCard {
  id: string;
  categories: string[];
  district: string;
  validUntil: Date;
  /** The residency's holder name; the card uses the verified identity's instead where there is one. */
  holderName: { givenName: string; familyName: string };
}

const UNIQUE_VIOLATION = '23505';
/** How long before its end a card can be renewed. */
export const RENEWAL_WINDOW_DAYS = 60;
/** Cards are the citizens' office's business. */
export const CARD_STAFF = [Role.staff_citizens_office, Role.admin];
const P256_COORDINATE = /^[A-Za-z0-9_-]{43}$/;

/** Citizen cards: issue, bind to a device, and the lifecycle staff and holders drive. */
@Injectable()
export class CitizenCardService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: CardCredentialIssuer,
    private readonly notifier: CardHolderNotifier,
    private readonly statusList: StatusListService,
    private readonly audit: AuditService,
    private readonly identities: VerifiedIdentities,
    private readonly entitlements: CardEntitlements,
  ) {}

  /**
   * Issues a card inside the caller's transaction: a unique number (retried on collision) and its
   * static credential. The name is the holder's verified identity's; without one, the residency's,
   * and the card says it is not verified. Locks the holder's entitlement first and refuses while it
   * is suspended or revoked; `whileSuspended` (a fee paid before the suspension) issues a card that
   * is suspended with the rest of the person's cards until staff lift the suspension.
   */
  async issue(
    manager: EntityManager,
    input: { accountId: string; residency: ResidencyForCard },
    options: { whileSuspended?: boolean } = {},
  ): Promise<CitizenCard> {
    const entitlement = await this.entitlements.lock(manager, input.accountId);
    if (entitlement.status === CardEntitlementStatus.revoked) throw CardsException.entitlementRevoked();
    if (entitlement.status === CardEntitlementStatus.suspended && !options.whileSuspended) throw CardsException.entitlementSuspended();
    const identity = await this.identities.of(input.accountId, manager);
    const name = identity ?? input.residency.holderName;
    const now = new Date();
    const longest = new Date(now.getTime() + this.config.cards.validityDays * 86_400_000);
    const validUntil = input.residency.validUntil < longest ? input.residency.validUntil : longest;
    let card: CitizenCard | undefined;
    for (let attempt = 0; !card; attempt += 1) {
      try {
        // A savepoint, so that a number collision does not abort the surrounding transaction.
        card = await manager.transaction((savepoint) =>
          savepoint.save(
            savepoint.create(CitizenCard, {
              number: newCardNumber(),
              accountId: input.accountId,
              residencyId: input.residency.id,
              holderName: fullName(name).slice(0, 120),
              holderNameVerified: identity !== null,
              categories: input.residency.categories,
              district: input.residency.district,
              validFrom: now,
              validUntil,
              status: CitizenCardStatus.active,
            }),
          ),
        );
      } catch (error) {
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION || attempt >= 5) throw error;
      }
    }
    await this.credentials.issue(manager, card, CardCredentialKind.static);
    await this.notifier.notify(manager, card, 'card_issued');
    await this.audit.record(
      { action: 'card.issued', actorAccountId: input.accountId, subjectType: 'citizen_card', subjectId: card.id },
      manager,
    );
    return card;
  }

  /** The person's card entitlement (unlocked read); suspension and revocation by staff live there. */
  async entitlementOf(accountId: string): Promise<EntitlementState> {
    return this.entitlements.of(accountId);
  }

  async myCards(actor: Actor): Promise<CitizenCard[]> {
    return this.dataSource.manager.find(CitizenCard, { where: { accountId: actor.accountId }, order: { createdAt: 'DESC' } });
  }

  /** The holder's card; NOT_FOUND for anyone else's, so ids reveal nothing. */
  async ownCard(actor: Actor, cardId: string, manager: EntityManager = this.dataSource.manager): Promise<CitizenCard> {
    const card = await manager.findOne(CitizenCard, {
      where: { id: cardId, accountId: actor.accountId },
      lock: manager.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!card) throw DomainException.notFound();
    return card;
  }

  /** The current device credential of the holder's card, if the card is bound to a device. */
  async currentDeviceCredential(actor: Actor, cardId: string): Promise<CardCredential | null> {
    await this.ownCard(actor, cardId);
    return this.dataSource.manager.findOne(CardCredential, {
      where: { cardId, kind: CardCredentialKind.device, supersededAt: IsNull() },
      order: { issuedAt: 'DESC' },
    });
  }

  /** `currentDeviceCredential` for many cards in one query; cards not the holder's own (or not bound) are missing. */
  async currentDeviceCredentials(actor: Actor, cardIds: readonly string[]): Promise<Map<string, CardCredential>> {
    if (cardIds.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(CardCredential, 'credential')
      .innerJoin(CitizenCard, 'card', 'card.id = credential.cardId AND card.accountId = :accountId', { accountId: actor.accountId })
      .where('credential.cardId IN (:...cardIds)', { cardIds: [...new Set(cardIds)] })
      .andWhere('credential.kind = :kind', { kind: CardCredentialKind.device })
      .andWhere('credential.supersededAt IS NULL')
      .orderBy('credential.issuedAt', 'DESC')
      .getMany();
    const newest = new Map<string, CardCredential>();
    for (const row of rows) if (!newest.has(row.cardId)) newest.set(row.cardId, row);
    return newest;
  }

  async staticCredential(cardId: string): Promise<CardCredential> {
    return this.dataSource.manager.findOneOrFail(CardCredential, {
      where: { cardId, kind: CardCredentialKind.static },
      order: { issuedAt: 'DESC' },
    });
  }

  /**
   * Binds the card to the key the holder's browser made. One device at a time: binding a new one
   * revokes the previous device's credential (through the status list) and tells the holder.
   */
  async activateOnDevice(actor: Actor, cardId: string, devicePublicKey: Record<string, unknown>): Promise<CardCredential> {
    const jwk = await this.validDeviceKey(devicePublicKey);
    const credential = await this.dataSource.transaction(async (manager) => {
      await this.entitlements.requireActive(manager, actor.accountId);
      const card = await this.ownCard(actor, cardId, manager);
      if (card.status !== CitizenCardStatus.active) throw CardsException.notUsable(card.status);
      const previous = await manager.update(
        CardCredential,
        { cardId, kind: CardCredentialKind.device, supersededAt: IsNull() },
        { supersededAt: new Date() },
      );
      const issued = await this.credentials.issue(manager, card, CardCredentialKind.device, jwk);
      if (previous.affected) await this.notifier.notify(manager, card, 'card_device_changed');
      await this.audit.record(
        {
          action: 'card.device_bound',
          actorAccountId: actor.accountId,
          subjectType: 'citizen_card',
          subjectId: card.id,
          details: { replacedDevices: previous.affected ?? 0 },
        },
        manager,
      );
      return issued;
    });
    this.statusList.invalidate();
    return credential;
  }

  /** The holder reports the card lost: it is suspended at once. */
  async reportLoss(actor: Actor, cardId: string): Promise<CitizenCard> {
    return this.changeStatus(actor, cardId, {
      from: [CitizenCardStatus.active],
      to: CitizenCardStatus.suspended,
      reason: 'lost',
      event: 'card_suspended',
      action: 'card.reported_lost',
    });
  }

  /**
   * Staff suspend the person's entitlement, whichever of their cards they found: every card of the
   * person verifies as suspended, and nothing can be replaced, requested, renewed or activated until
   * staff lift it (`resume`). The card rows keep their own state (a card reported lost stays lost).
   */
  async suspend(actor: Actor, cardId: string, reason: string): Promise<CitizenCard> {
    return this.staffDecision(actor, cardId, reason, async (manager, card, entitlement, why) => {
      if (entitlement.status !== CardEntitlementStatus.active) throw CardsException.wrongState(entitlement.status);
      await this.entitlements.set(manager, card.accountId, CardEntitlementStatus.suspended, why, actor.accountId);
      await this.notifier.notify(manager, card, 'card_suspended', why);
      await this.audit.record(
        {
          action: 'card.suspended',
          actorAccountId: actor.accountId,
          subjectType: 'citizen_card',
          subjectId: card.id,
          details: { reason: why, from: card.status, entitlement: CardEntitlementStatus.suspended },
        },
        manager,
      );
      return card;
    });
  }

  /**
   * Staff lift the suspension of the person's entitlement: their cards are what they were before
   * (an active card is active again). Without one, a card the holder reported lost is resumed (found again).
   */
  async resume(actor: Actor, cardId: string, reason: string): Promise<CitizenCard> {
    return this.staffDecision(actor, cardId, reason, async (manager, card, entitlement, why) => {
      if (entitlement.status === CardEntitlementStatus.suspended) {
        await this.entitlements.set(manager, card.accountId, CardEntitlementStatus.active, why, actor.accountId);
      } else if (entitlement.status === CardEntitlementStatus.active && card.status === CitizenCardStatus.suspended) {
        await manager.update(CitizenCard, { id: card.id }, { status: CitizenCardStatus.active, statusReason: why });
        card = { ...card, status: CitizenCardStatus.active, statusReason: why };
      } else {
        throw CardsException.wrongState(entitlement.status === CardEntitlementStatus.revoked ? CitizenCardStatus.revoked : card.status);
      }
      await this.notifier.notify(manager, card, 'card_resumed', why);
      await this.audit.record(
        {
          action: 'card.resumed',
          actorAccountId: actor.accountId,
          subjectType: 'citizen_card',
          subjectId: card.id,
          details: { reason: why, from: entitlement.status === CardEntitlementStatus.suspended ? 'entitlement_suspended' : card.status },
        },
        manager,
      );
      return card;
    });
  }

  /** Staff revoke the person's entitlement: every live card of the person is revoked, and no new one is issued. */
  async revoke(actor: Actor, cardId: string, reason: string): Promise<CitizenCard> {
    return this.staffDecision(actor, cardId, reason, async (manager, card, entitlement, why) => {
      if (entitlement.status === CardEntitlementStatus.revoked) throw CardsException.wrongState(CitizenCardStatus.revoked);
      await this.entitlements.set(manager, card.accountId, CardEntitlementStatus.revoked, why, actor.accountId);
      const live = await manager.find(CitizenCard, {
        where: { accountId: card.accountId, status: In([CitizenCardStatus.active, CitizenCardStatus.suspended]) },
        lock: { mode: 'pessimistic_write' },
      });
      for (const other of live) {
        await manager.update(CitizenCard, { id: other.id }, { status: CitizenCardStatus.revoked, statusReason: why });
        await this.audit.record(
          {
            action: 'card.revoked',
            actorAccountId: actor.accountId,
            subjectType: 'citizen_card',
            subjectId: other.id,
            details: { reason: why, from: other.status, entitlement: CardEntitlementStatus.revoked },
          },
          manager,
        );
      }
      if (!live.some((other) => other.id === card.id)) {
        await this.audit.record(
          {
            action: 'card.revoked',
            actorAccountId: actor.accountId,
            subjectType: 'citizen_card',
            subjectId: card.id,
            details: { reason: why, from: card.status, entitlement: CardEntitlementStatus.revoked },
          },
          manager,
        );
      }
      const revoked = live.some((other) => other.id === card.id) ? { ...card, status: CitizenCardStatus.revoked, statusReason: why } : card;
      await this.notifier.notify(manager, revoked, 'card_revoked', why);
      return revoked;
    });
  }

  /**
   * Suspends a person's card entitlement by account, for other domains (e.g. when the card fee is
   * refunded): `actor` null is the system. Does nothing if it is suspended or revoked already.
   * Returns whether this call suspended it.
   */
  async suspendEntitlement(actor: Actor | null, accountId: string, reason: string, manager?: EntityManager): Promise<boolean> {
    const why = reason.trim();
    if (!why) throw CardsException.reasonRequired();
    if (actor && !hasRole(actor, ...CARD_STAFF)) throw DomainException.forbidden();
    const work = async (current: EntityManager): Promise<boolean> => {
      const entitlement = await this.entitlements.lock(current, accountId, 'update');
      if (entitlement.status !== CardEntitlementStatus.active) return false;
      await this.entitlements.set(current, accountId, CardEntitlementStatus.suspended, why, actor?.accountId ?? null);
      const newest = await current.findOne(CitizenCard, { where: { accountId }, order: { createdAt: 'DESC' } });
      if (newest) await this.notifier.notify(current, newest, 'card_suspended', why);
      await this.audit.record(
        {
          action: 'card.entitlement_suspended',
          actorAccountId: actor?.accountId,
          subjectType: 'card_entitlement',
          subjectId: accountId,
          details: { reason: why },
        },
        current,
      );
      return true;
    };
    const suspended = manager ? await work(manager) : await this.dataSource.transaction(work);
    if (suspended) this.statusList.invalidate();
    return suspended;
  }

  /**
   * A lost (suspended) card is replaced: a new card with a new number and the same validity; the
   * old one becomes `replaced`, so every credential of it is revoked.
   */
  async replace(actor: Actor, cardId: string): Promise<CitizenCard> {
    const replacement = await this.dataSource.transaction(async (manager) => {
      // The entitlement first: a suspension by staff (committed before, or racing on the same row lock) refuses it.
      await this.entitlements.requireActive(manager, actor.accountId);
      const old = await this.ownCard(actor, cardId, manager);
      if (old.status !== CitizenCardStatus.suspended) throw CardsException.wrongState(old.status);
      const [givenName, ...familyNames] = old.holderName.split(' ');
      const card = await this.issue(manager, {
        accountId: old.accountId,
        residency: {
          id: old.residencyId,
          categories: old.categories,
          district: old.district,
          validUntil: old.validUntil,
          holderName: { givenName, familyName: familyNames.join(' ') },
        },
      });
      await manager.update(
        CitizenCard,
        { id: old.id },
        { status: CitizenCardStatus.replaced, replacedByCardId: card.id, statusReason: 'replaced' },
      );
      await this.audit.record(
        {
          action: 'card.replaced',
          actorAccountId: actor.accountId,
          subjectType: 'citizen_card',
          subjectId: old.id,
          details: { replacement: card.id },
        },
        manager,
      );
      return card;
    });
    this.statusList.invalidate();
    return replacement;
  }

  /**
   * Renewal before expiry: within RENEWAL_WINDOW_DAYS of the end, a card whose residency lasts
   * longer gets a new validity. Every credential is re-signed (the device binding stays: the same
   * device key, a new credential that the app picks up).
   */
  async renew(actor: Actor, cardId: string, residency: ResidencyForCard | null): Promise<CitizenCard> {
    const renewed = await this.dataSource.transaction(async (manager) => {
      await this.entitlements.requireActive(manager, actor.accountId);
      const card = await this.ownCard(actor, cardId, manager);
      if (card.status !== CitizenCardStatus.active) throw CardsException.notUsable(card.status);
      const windowStart = card.validUntil.getTime() - RENEWAL_WINDOW_DAYS * 86_400_000;
      if (Date.now() < windowStart) throw CardsException.tooEarlyToRenew(new Date(windowStart));
      if (!residency || residency.id !== card.residencyId || residency.validUntil <= card.validUntil)
        throw CardsException.residencyEndsFirst();
      const longest = new Date(Date.now() + this.config.cards.validityDays * 86_400_000);
      const validUntil = residency.validUntil < longest ? residency.validUntil : longest;
      await manager.update(CitizenCard, { id: card.id }, { validUntil });
      const updated = { ...card, validUntil };
      const current = await manager.findBy(CardCredential, { cardId: card.id, supersededAt: IsNull() });
      await manager.update(CardCredential, { cardId: card.id, supersededAt: IsNull() }, { supersededAt: new Date() });
      for (const credential of current) await this.credentials.issue(manager, updated, credential.kind, credential.deviceJwk ?? undefined);
      await this.audit.record(
        {
          action: 'card.renewed',
          actorAccountId: actor.accountId,
          subjectType: 'citizen_card',
          subjectId: card.id,
          details: { validUntil },
        },
        manager,
      );
      return updated;
    });
    this.statusList.invalidate();
    return renewed;
  }

  /** Staff: find a card by its printed number (check digit verified first). */
  async findByNumber(actor: Actor, number: string): Promise<CitizenCard> {
    if (!hasRole(actor, ...CARD_STAFF)) throw DomainException.forbidden();
    const digits = number.replace(/\s/g, '');
    if (!isValidCardNumber(digits)) {
      throw DomainException.invalidInput([{ field: 'number', constraint: 'checkDigit', messageKey: 'cards.invalid_number' }]);
    }
    const card = await this.dataSource.manager.findOneBy(CitizenCard, { number: digits });
    if (!card) throw DomainException.notFound();
    await this.audit.record({ action: 'card.looked_up', actorAccountId: actor.accountId, subjectType: 'citizen_card', subjectId: card.id });
    return card;
  }

  /** Daily: cards past their validity become `expired`. */
  async expireDueCards(): Promise<number> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(CitizenCard)
      .set({ status: CitizenCardStatus.expired, statusReason: 'validity ended' })
      .where('valid_until <= now() AND status IN (:...statuses)', { statuses: [CitizenCardStatus.active, CitizenCardStatus.suspended] })
      .execute();
    if (result.affected) this.statusList.invalidate();
    return result.affected ?? 0;
  }

  /** When a residency ends, its cards are revoked. */
  async revokeForResidency(residencyId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const cards = await manager.findBy(CitizenCard, { residencyId, status: In([CitizenCardStatus.active, CitizenCardStatus.suspended]) });
      for (const card of cards) {
        await manager.update(CitizenCard, { id: card.id }, { status: CitizenCardStatus.revoked, statusReason: reason });
        await this.notifier.notify(manager, card, 'card_revoked', reason);
        await this.audit.record({ action: 'card.revoked', subjectType: 'citizen_card', subjectId: card.id, details: { reason } }, manager);
      }
    });
    this.statusList.invalidate();
  }

  /**
   * A staff decision on the person behind a card, in one transaction: the entitlement row is locked
   * before the card, as every holder mutation does, so the two are decided one after the other.
   */
  private async staffDecision(
    actor: Actor,
    cardId: string,
    reason: string,
    decide: (manager: EntityManager, card: CitizenCard, entitlement: EntitlementState, reason: string) => Promise<CitizenCard>,
  ): Promise<CitizenCard> {
    const why = reason.trim();
    if (!why) throw CardsException.reasonRequired();
    if (!hasRole(actor, ...CARD_STAFF)) throw DomainException.forbidden();
    const card = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(CitizenCard, { id: cardId });
      if (!found) throw DomainException.notFound();
      const entitlement = await this.entitlements.lock(manager, found.accountId, 'update');
      const current = await manager.findOneOrFail(CitizenCard, { where: { id: cardId }, lock: { mode: 'pessimistic_write' } });
      return decide(manager, current, entitlement, why);
    });
    this.statusList.invalidate();
    return card;
  }

  /** The holder's loss report (allowed while the entitlement is suspended: it only protects more). */
  private async changeStatus(
    actor: Actor,
    cardId: string,
    change: { from: CitizenCardStatus[]; to: CitizenCardStatus; reason: string; event: 'card_suspended'; action: string },
  ): Promise<CitizenCard> {
    const reason = change.reason;
    const card = await this.dataSource.transaction(async (manager) => {
      await this.entitlements.lock(manager, actor.accountId);
      const current = await this.ownCard(actor, cardId, manager);
      if (!change.from.includes(current.status)) throw CardsException.wrongState(current.status);
      await manager.update(CitizenCard, { id: cardId }, { status: change.to, statusReason: reason });
      const updated = { ...current, status: change.to, statusReason: reason };
      await this.notifier.notify(manager, updated, change.event, reason);
      await this.audit.record(
        {
          action: change.action,
          actorAccountId: actor.accountId,
          subjectType: 'citizen_card',
          subjectId: cardId,
          details: { reason, from: current.status },
        },
        manager,
      );
      return updated;
    });
    this.statusList.invalidate();
    return card;
  }

  /** A public P-256 key that WebCrypto accepts (so the point is on the curve); never a private one. */
  private async validDeviceKey(key: Record<string, unknown>): Promise<Record<string, string>> {
    const { kty, crv, x, y } = key as Record<string, string>;
    if (kty !== 'EC' || crv !== 'P-256' || !P256_COORDINATE.test(x ?? '') || !P256_COORDINATE.test(y ?? '') || 'd' in key) {
      throw CardsException.invalidDeviceKey();
    }
    try {
      await crypto.subtle.importKey('jwk', { kty, crv, x, y }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    } catch {
      throw CardsException.invalidDeviceKey();
    }
    return { kty, crv, x, y };
  }
}
