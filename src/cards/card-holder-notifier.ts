import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Account } from '../identity/account.entity.js';
import { InAppNotificationService } from '../notifications/in-app/in-app-notification.service.js';
import { EmailComposer, type EmailTemplate } from '../notifications/mail/email-composer.js';
import { MailPort } from '../notifications/mail/mail.port.js';
import { formatCardNumber } from './card-number.js';
import type { CitizenCard } from './entities/citizen-card.entity.js';

export type CardEvent = 'card_issued' | 'card_suspended' | 'card_resumed' | 'card_revoked' | 'card_device_changed' | 'card_replaced';

/** Tells the holder what happened to their card, by e-mail and in the app, in their language. */
@Injectable()
export class CardHolderNotifier {
  constructor(
    private readonly mail: MailPort,
    private readonly composer: EmailComposer,
    private readonly inApp: InAppNotificationService,
  ) {}

  async notify(manager: EntityManager, card: CitizenCard, event: CardEvent, reason?: string): Promise<void> {
    const holder = await manager.findOneByOrFail(Account, { id: card.accountId });
    const params = { number: formatCardNumber(card.number), reason: reason ?? '' };
    await this.mail.send(this.composer.compose(event as EmailTemplate, holder.email, holder.preferredLanguage, { ...params, link: `${this.composer.publicUrl}/card` }), manager);
    await this.inApp.notify(manager, card.accountId, event, params, '/card');
  }
}
