import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Translator } from '../common/i18n/translator.js';
import { CompanyDirectory } from '../companies/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AccountNotifications } from '../notifications/index.js';
import type { TradeRegistration } from './entities/trade-registration.entity.js';

/** Tells every representative of the company what happened, by e-mail and in the app, in the caller's transaction. */
@Injectable()
export class TradeRegistrationNotifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly companies: CompanyDirectory,
    private readonly notifications: AccountNotifications,
    private readonly translator: Translator,
  ) {}

  private path(registration: TradeRegistration): string {
    return `/company/${registration.companyId}/trade-registration`;
  }

  async paid(manager: EntityManager, registration: TradeRegistration): Promise<void> {
    await this.notifications.notifyEach(manager, await this.representatives(manager, registration), {
      inApp: { kind: 'trade_registration_paid', link: this.path(registration) },
    });
  }

  async registered(manager: EntityManager, registration: TradeRegistration, registrationNumber: string): Promise<void> {
    await this.tell(manager, registration, 'trade_registration_registered', () => ({ number: registrationNumber }));
  }

  async rejected(manager: EntityManager, registration: TradeRegistration, reasonCode: string, message: string | null): Promise<void> {
    await this.tell(manager, registration, 'trade_registration_rejected', (language) => ({
      reason: this.translator.t(language, `trade-registration:rejectionReasons.${reasonCode}`),
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
    await this.notifications.notifyEach(manager, await this.representatives(manager, registration), (language) => {
      const values = params(language);
      const inAppParams: Record<string, string> = template === 'trade_registration_registered' ? { number: values.number } : {};
      return {
        email: { template, params: { ...values, link } },
        inApp: { kind: template, params: inAppParams, link: this.path(registration) },
      };
    });
  }

  private async representatives(manager: EntityManager, registration: TradeRegistration): Promise<string[]> {
    return (await this.companies.representatives(registration.companyId, manager)).map((representative) => representative.accountId);
  }
}
