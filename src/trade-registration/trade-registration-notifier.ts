import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Translator } from '../common/i18n/translator.js';
import { CompanyDirectory } from '../companies/company-directory.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Account } from '../identity/account.entity.js';
import { InAppNotificationService } from '../notifications/in-app/in-app-notification.service.js';
import { EmailComposer } from '../notifications/mail/email-composer.js';
import { MailPort } from '../notifications/mail/mail.port.js';
import type { TradeRegistration } from './entities/trade-registration.entity.js';

/** Tells every representative of the company what happened, by e-mail and in the app, in the caller's transaction. */
@Injectable()
export class TradeRegistrationNotifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly companies: CompanyDirectory,
    private readonly mail: MailPort,
    private readonly composer: EmailComposer,
    private readonly inApp: InAppNotificationService,
    private readonly translator: Translator,
  ) {}

  private path(registration: TradeRegistration): string {
    return `/company/${registration.companyId}/trade-registration`;
  }

  async paid(manager: EntityManager, registration: TradeRegistration): Promise<void> {
    for (const account of await this.representatives(manager, registration)) {
      await this.inApp.notify(manager, account.id, 'trade_registration_paid', {}, this.path(registration));
    }
  }

  async registered(manager: EntityManager, registration: TradeRegistration, registrationNumber: string): Promise<void> {
    await this.tell(manager, registration, 'trade_registration_registered', () => ({ number: registrationNumber }));
  }

  async rejected(manager: EntityManager, registration: TradeRegistration, reasonCode: string, message: string | null): Promise<void> {
    await this.tell(manager, registration, 'trade_registration_rejected', (language) => ({
      reason: this.translator.t(language, `tradeRegistration:rejectionReasons.${reasonCode}`),
      note: message ? `\n\n${message}` : '',
    }));
  }

  async infoRequested(manager: EntityManager, registration: TradeRegistration, message: string): Promise<void> {
    await this.tell(manager, registration, 'trade_registration_info_requested', () => ({ message }));
  }

  private async tell(
    manager: EntityManager,
    registration: TradeRegistration,
    template: 'trade_registration_registered' | 'trade_registration_rejected' | 'trade_registration_info_requested',
    params: (language: string) => Record<string, string>,
  ): Promise<void> {
    const link = `${this.config.publicUrl}${this.path(registration)}`;
    for (const account of await this.representatives(manager, registration)) {
      const values = params(account.preferredLanguage);
      await this.mail.send(this.composer.compose(template, account.email, account.preferredLanguage, { ...values, link }), manager);
      await this.inApp.notify(manager, account.id, template, template === 'trade_registration_registered' ? { number: values.number } : {}, this.path(registration));
    }
  }

  private async representatives(manager: EntityManager, registration: TradeRegistration): Promise<Account[]> {
    const ids = (await this.companies.representatives(registration.companyId, manager)).map((representative) => representative.accountId);
    return ids.length ? manager.findBy(Account, { id: In(ids) }) : [];
  }
}
