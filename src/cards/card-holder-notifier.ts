import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception.js';
import { AccountNotifications, type EmailTemplate } from '../notifications/index.js';
import { formatCardNumber } from './card-number.js';
import type { CitizenCard } from './entities/citizen-card.entity.js';

export type CardEvent = 'card_issued' | 'card_suspended' | 'card_resumed' | 'card_revoked' | 'card_device_changed' | 'card_replaced';

/** Tells the holder what happened to their card, by e-mail and in the app, in their language. */
@Injectable()
export class CardHolderNotifier {
  constructor(private readonly notifications: AccountNotifications) {}

  async notify(manager: EntityManager, card: CitizenCard, event: CardEvent, reason?: string): Promise<void> {
    const params = { number: formatCardNumber(card.number), reason: reason ?? '' };
    const told = await this.notifications.notify(manager, card.accountId, {
      email: { template: event as EmailTemplate, params: { ...params, link: `${this.notifications.publicUrl}/card` } },
      inApp: { kind: event, params, link: '/card' },
    });
    if (!told) throw DomainException.notFound();
  }
}
