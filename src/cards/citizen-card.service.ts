import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AuditService } from '../common/audit/audit.service.js';
import { hasRole, type Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { CardCredentialIssuer } from './card-credential-issuer.js';
import { CardHolderNotifier } from './card-holder-notifier.js';
import { isValidCardNumber, newCardNumber } from './card-number.js';
import { CardsException } from './cards.exception.js';
import { CardCredential, CardCredentialKind } from './entities/card-credential.entity.js';
import { CitizenCard, CitizenCardStatus } from './entities/citizen-card.entity.js';
import { StatusListService } from './status-list.service.js';

export interface ResidencyForCard {
  id: string;
  categories: string[];
  district: string;
  validUntil: Date;
  /** As checked by the citizens' office against the evidence. */
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
  ) {}

  /** Issues a card inside the caller's transaction: a unique number (retried on collision) and its static credential. */
  async issue(manager: EntityManager, input: { accountId: string; residency: ResidencyForCard }): Promise<CitizenCard> {
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
              holderName: `${input.residency.holderName.givenName} ${input.residency.holderName.familyName}`.trim(),
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
    await this.audit.record({ action: 'card.issued', actorAccountId: input.accountId, subjectType: 'citizen_card', subjectId: card.id }, manager);
    return card;
  }

  async myCards(actor: Actor): Promise<CitizenCard[]> {
    return this.dataSource.manager.find(CitizenCard, { where: { accountId: actor.accountId }, order: { createdAt: 'DESC' } });
  }

  /** The holder's card; NOT_FOUND for anyone else's, so ids reveal nothing. */
  async ownCard(actor: Actor, cardId: string, manager: EntityManager = this.dataSource.manager): Promise<CitizenCard> {
    const card = await manager.findOne(CitizenCard, { where: { id: cardId, accountId: actor.accountId }, lock: manager.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined });
    if (!card) throw DomainException.notFound();
    return card;
  }

  /** The current device credential of the holder's card, if the card is bound to a device. */
  async currentDeviceCredential(actor: Actor, cardId: string): Promise<CardCredential | null> {
    await this.ownCard(actor, cardId);
    return this.dataSource.manager.findOne(CardCredential, { where: { cardId, kind: CardCredentialKind.device, supersededAt: IsNull() }, order: { issuedAt: 'DESC' } });
  }

  async staticCredential(cardId: string): Promise<CardCredential> {
    return this.dataSource.manager.findOneOrFail(CardCredential, { where: { cardId, kind: CardCredentialKind.static }, order: { issuedAt: 'DESC' } });
  }

  /**
   * Binds the card to the key the holder's browser made. One device at a time: binding a new one
   * revokes the previous device's credential (through the status list) and tells the holder.
   */
  async activateOnDevice(actor: Actor, cardId: string, devicePublicKey: Record<string, unknown>): Promise<CardCredential> {
    const jwk = await this.validDeviceKey(devicePublicKey);
    const credential = await this.dataSource.transaction(async (manager) => {
      const card = await this.ownCard(actor, cardId, manager);
      if (card.status !== CitizenCardStatus.active) throw CardsException.notUsable(card.status);
      const previous = await manager.update(
        CardCredential,
        { cardId, kind: CardCredentialKind.device, supersededAt: IsNull() },
        { supersededAt: new Date() },
      );
      const issued = await this.credentials.issue(manager, card, CardCredentialKind.device, jwk);
      if (previous.affected) await this.notifier.notify(manager, card, 'card_device_changed');
      await this.audit.record({ action: 'card.device_bound', actorAccountId: actor.accountId, subjectType: 'citizen_card', subjectId: card.id, details: { replacedDevices: previous.affected ?? 0 } }, manager);
      return issued;
    });
    this.statusList.invalidate();
    return credential;
  }

  /** The holder reports the card lost: it is suspended at once. */
  async reportLoss(actor: Actor, cardId: string): Promise<CitizenCard> {
    return this.changeStatus(actor, cardId, { from: [CitizenCardStatus.active], to: CitizenCardStatus.suspended, reason: 'lost', event: 'card_suspended', action: 'card.reported_lost', asHolder: true });
  }

  async suspend(actor: Actor, cardId: string, reason: string): Promise<CitizenCard> {
    return this.changeStatus(actor, cardId, { from: [CitizenCardStatus.active], to: CitizenCardStatus.suspended, reason, event: 'card_suspended', action: 'card.suspended' });
  }

  async resume(actor: Actor, cardId: string, reason: string): Promise<CitizenCard> {
    return this.changeStatus(actor, cardId, { from: [CitizenCardStatus.suspended], to: CitizenCardStatus.active, reason, event: 'card_resumed', action: 'card.resumed' });
  }

  async revoke(actor: Actor, cardId: string, reason: string): Promise<CitizenCard> {
    return this.changeStatus(actor, cardId, { from: [CitizenCardStatus.active, CitizenCardStatus.suspended], to: CitizenCardStatus.revoked, reason, event: 'card_revoked', action: 'card.revoked' });
  }

  /**
   * A lost (suspended) card is replaced: a new card with a new number and the same validity; the
   * old one becomes `replaced`, so every credential of it is revoked.
   */
  async replace(actor: Actor, cardId: string): Promise<CitizenCard> {
    const replacement = await this.dataSource.transaction(async (manager) => {
      const old = await this.ownCard(actor, cardId, manager);
      if (old.status !== CitizenCardStatus.suspended) throw CardsException.wrongState(old.status);
      const [givenName, ...familyNames] = old.holderName.split(' ');
      const card = await this.issue(manager, {
        accountId: old.accountId,
        residency: { id: old.residencyId, categories: old.categories, district: old.district, validUntil: old.validUntil, holderName: { givenName, familyName: familyNames.join(' ') } },
      });
      await manager.update(CitizenCard, { id: old.id }, { status: CitizenCardStatus.replaced, replacedByCardId: card.id, statusReason: 'replaced' });
      await this.audit.record({ action: 'card.replaced', actorAccountId: actor.accountId, subjectType: 'citizen_card', subjectId: old.id, details: { replacement: card.id } }, manager);
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
      const card = await this.ownCard(actor, cardId, manager);
      if (card.status !== CitizenCardStatus.active) throw CardsException.notUsable(card.status);
      const windowStart = card.validUntil.getTime() - RENEWAL_WINDOW_DAYS * 86_400_000;
      if (Date.now() < windowStart) throw CardsException.tooEarlyToRenew(new Date(windowStart));
      if (!residency || residency.id !== card.residencyId || residency.validUntil <= card.validUntil) throw CardsException.residencyEndsFirst();
      const longest = new Date(Date.now() + this.config.cards.validityDays * 86_400_000);
      const validUntil = residency.validUntil < longest ? residency.validUntil : longest;
      await manager.update(CitizenCard, { id: card.id }, { validUntil });
      const updated = { ...card, validUntil };
      const current = await manager.findBy(CardCredential, { cardId: card.id, supersededAt: IsNull() });
      await manager.update(CardCredential, { cardId: card.id, supersededAt: IsNull() }, { supersededAt: new Date() });
      for (const credential of current) await this.credentials.issue(manager, updated, credential.kind, credential.deviceJwk ?? undefined);
      await this.audit.record({ action: 'card.renewed', actorAccountId: actor.accountId, subjectType: 'citizen_card', subjectId: card.id, details: { validUntil } }, manager);
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

  private async changeStatus(
    actor: Actor,
    cardId: string,
    change: { from: CitizenCardStatus[]; to: CitizenCardStatus; reason: string; event: 'card_suspended' | 'card_resumed' | 'card_revoked'; action: string; asHolder?: boolean },
  ): Promise<CitizenCard> {
    const reason = change.reason.trim();
    if (!reason) throw CardsException.reasonRequired();
    if (!change.asHolder && !hasRole(actor, ...CARD_STAFF)) throw DomainException.forbidden();
    const card = await this.dataSource.transaction(async (manager) => {
      const current = change.asHolder
        ? await this.ownCard(actor, cardId, manager)
        : await manager.findOne(CitizenCard, { where: { id: cardId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw DomainException.notFound();
      if (!change.from.includes(current.status)) throw CardsException.wrongState(current.status);
      await manager.update(CitizenCard, { id: cardId }, { status: change.to, statusReason: reason });
      const updated = { ...current, status: change.to, statusReason: reason };
      await this.notifier.notify(manager, updated, change.event, reason);
      await this.audit.record({ action: change.action, actorAccountId: actor.accountId, subjectType: 'citizen_card', subjectId: cardId, details: { reason, from: current.status } }, manager);
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
