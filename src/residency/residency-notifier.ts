import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { param } from '../common/i18n/message-params.js';
import { AccountNotifications, InAppNotificationService } from '../notifications/index.js';
import type { Residency } from './entities/residency.entity.js';

const DISTRICT_NAMES = { bochum: 'Bochum', wattenscheid: 'Wattenscheid' } as const;

/**
 * Tells the applicant what happened, by e-mail and in the app, inside the deciding transaction. The
 * notices hold dates and reason codes, not text: they are written in the applicant's language when
 * read or sent.
 */
@Injectable()
export class ResidencyNotifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: AccountNotifications,
    private readonly inApp: InAppNotificationService,
  ) {}

  private get link(): string {
    return `${this.config.publicUrl}/residency`;
  }

  async submitted(manager: EntityManager, accountId: string): Promise<void> {
    await this.inApp.notify(manager, accountId, 'residency_submitted', {}, '/residency');
  }

  async approved(manager: EntityManager, accountId: string, residency: Residency): Promise<void> {
    const district = DISTRICT_NAMES[residency.district];
    await this.notifications.notify(manager, accountId, {
      email: { template: 'residency_approved', params: { district, validUntil: param.date(residency.validUntil), link: this.link } },
      inApp: { kind: 'residency_approved', params: { district }, link: '/residency' },
    });
  }

  async rejected(manager: EntityManager, accountId: string, reasonCode: string, message: string | null): Promise<void> {
    const note = message ? `\n\n${message}` : '';
    await this.notifications.notify(manager, accountId, {
      email: {
        template: 'residency_rejected',
        params: { reason: param.key(`residency:rejectionReasons.${reasonCode}`), note, link: this.link },
      },
      inApp: { kind: 'residency_rejected', link: '/residency' },
    });
  }

  async infoRequested(manager: EntityManager, accountId: string, message: string): Promise<void> {
    await this.notifications.notify(manager, accountId, {
      email: { template: 'residency_info_requested', params: { message, link: this.link } },
      inApp: { kind: 'residency_info_requested', link: '/residency' },
    });
  }

  async ended(manager: EntityManager, accountId: string): Promise<void> {
    await this.notifications.notify(manager, accountId, {
      email: { template: 'residency_ended', params: { link: this.link } },
      inApp: { kind: 'residency_ended', link: '/residency' },
    });
  }
}
