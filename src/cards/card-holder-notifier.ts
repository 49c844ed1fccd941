import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception.js';
import { param, type MessageParam } from '../common/i18n/message-params.js';
import { AccountNotifications, type EmailTemplate } from '../notifications/index.js';
import { formatCardNumber } from './card-number.js';
import type { CitizenCard } from './entities/citizen-card.entity.js';

export type CardEvent = 'card_issued' | 'card_suspended' | 'card_resumed' | 'card_revoked' | 'card_device_changed' | 'card_replaced';

/**
 * The status reasons the platform itself sets (the holder's loss report, the end of the residency,
 * the refunded fee: see CitizenCardService and CardFeeRefunds), told in the holder's language.
 * Reasons staff write are passed on as written.
 */
const SYSTEM_REASONS: Record<string, string> = {
  lost: 'notifications:cardReasons.lost',
  'residency ended': 'notifications:cardReasons.residency_ended',
  'fee refunded': 'notifications:cardReasons.fee_refunded',
};

/** Tells the holder what happened to their card, by e-mail and in the app, in their language when they read it. */
@Injectable()
export class CardHolderNotifier {
  constructor(private readonly notifications: AccountNotifications) {}

  async notify(manager: EntityManager, card: CitizenCard, event: CardEvent, reason?: string): Promise<void> {
    const params = { number: param.ltr(formatCardNumber(card.number)), reason: reasonParam(reason) };
    const told = await this.notifications.notify(manager, card.accountId, {
      email: { template: event as EmailTemplate, params: { ...params, link: `${this.notifications.publicUrl}/card` } },
      inApp: { kind: event, params, link: '/card' },
    });
    if (!told) throw DomainException.notFound();
  }
}

function reasonParam(reason: string | undefined): MessageParam {
  if (!reason) return '';
  const key = SYSTEM_REASONS[reason];
  return key ? param.key(key) : reason;
}
