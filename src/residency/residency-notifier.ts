import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Translator } from '../common/i18n/translator.js';
import type { Account } from '../identity/account.entity.js';
import { InAppNotificationService } from '../notifications/in-app/in-app-notification.service.js';
import { EmailComposer } from '../notifications/mail/email-composer.js';
import { MailPort } from '../notifications/mail/mail.port.js';
import { formatBerlinDate } from './berlin-date.js';
import type { Residency } from './entities/residency.entity.js';

const DISTRICT_NAMES = { bochum: 'Bochum', wattenscheid: 'Wattenscheid' } as const;

/** Tells the applicant what happened, by e-mail and in the app, inside the deciding transaction. */
@Injectable()
export class ResidencyNotifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailPort,
    private readonly composer: EmailComposer,
    private readonly inApp: InAppNotificationService,
    private readonly translator: Translator,
  ) {}

  private get link(): string {
    return `${this.config.publicUrl}/residency`;
  }

  async submitted(manager: EntityManager, accountId: string): Promise<void> {
    await this.inApp.notify(manager, accountId, 'residency_submitted', {}, '/residency');
  }

  async approved(manager: EntityManager, account: Account, residency: Residency): Promise<void> {
    const district = DISTRICT_NAMES[residency.district];
    const validUntil = formatBerlinDate(residency.validUntil, account.preferredLanguage);
    await this.mail.send(this.composer.compose('residency_approved', account.email, account.preferredLanguage, { district, validUntil, link: this.link }), manager);
    await this.inApp.notify(manager, account.id, 'residency_approved', { district }, '/residency');
  }

  async rejected(manager: EntityManager, account: Account, reasonCode: string, message: string | null): Promise<void> {
    const reason = this.translator.t(account.preferredLanguage, `residency:rejectionReasons.${reasonCode}`);
    const note = message ? `\n\n${message}` : '';
    await this.mail.send(this.composer.compose('residency_rejected', account.email, account.preferredLanguage, { reason, note, link: this.link }), manager);
    await this.inApp.notify(manager, account.id, 'residency_rejected', {}, '/residency');
  }

  async infoRequested(manager: EntityManager, account: Account, message: string): Promise<void> {
    await this.mail.send(this.composer.compose('residency_info_requested', account.email, account.preferredLanguage, { message, link: this.link }), manager);
    await this.inApp.notify(manager, account.id, 'residency_info_requested', {}, '/residency');
  }

  async ended(manager: EntityManager, account: Account): Promise<void> {
    await this.mail.send(this.composer.compose('residency_ended', account.email, account.preferredLanguage, { link: this.link }), manager);
    await this.inApp.notify(manager, account.id, 'residency_ended', {}, '/residency');
  }
}
