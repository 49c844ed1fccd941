import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { param, type MessageParams } from '../common/i18n/message-params.js';
import { CompanyDirectory } from '../companies/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AccountNotifications } from '../notifications/index.js';
import type { TradeRegistration } from './entities/trade-registration.entity.js';

/** Tells every representative of the company what happened, by e-mail and in the app, in the caller's transaction (each in their language when read or sent). */
@Injectable()
export class TradeRegistrationNotifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly companies: CompanyDirectory,
    private readonly notifications: AccountNotifications,
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
    await this.tell(manager, registration, 'trade_registration_registered', { number: param.ltr(registrationNumber) });
  }

  async rejected(manager: EntityManager, registration: TradeRegistration, reasonCode: string, message: string | null): Promise<void> {
    await this.tell(manager, registration, 'trade_registration_rejected', {
      reason: param.key(`trade-registration:rejectionReasons.${reasonCode}`),
      note: message ? `\n\n${message}` : '',
    });
  }

  async infoRequested(manager: EntityManager, registration: TradeRegistration, message: string): Promise<void> {
    await this.tell(manager, registration, 'trade_registration_info_requested', { message });
  }

  private async tell(
    manager: EntityManager,
    registration: TradeRegistration,
    template: 'trade_registration_registered' | 'trade_registration_rejected' | 'trade_registration_info_requested',
    params: MessageParams,
  ): Promise<void> {
    const link = `${this.config.publicUrl}${this.path(registration)}`;
    const inAppParams: MessageParams = template === 'trade_registration_registered' ? { number: params.number } : {};
    await this.notifications.notifyEach(manager, await this.representatives(manager, registration), {
      email: { template, params: { ...params, link } },
      inApp: { kind: template, params: inAppParams, link: this.path(registration) },
    });
  }

  private async representatives(manager: EntityManager, registration: TradeRegistration): Promise<string[]> {
    return (await this.companies.representatives(registration.companyId, manager)).map((representative) => representative.accountId);
  }
}
