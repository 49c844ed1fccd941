import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { param } from '../../common/i18n/message-params.js';
import { AccountNotifications, EmailComposer } from '../../notifications/index.js';
import type { VenueApplication } from '../entities/venue-application.entity.js';

const APPLICATION_PATH = '/venue/apply';
const VENUE_PATH = '/venue';

/** Tells the applicant what staff decided, by e-mail and in the app, each in their language when sent or read. */
@Injectable()
export class VenueOnboardingNotifier {
  constructor(
    private readonly notifications: AccountNotifications,
    private readonly composer: EmailComposer,
  ) {}

  async approved(manager: EntityManager, application: VenueApplication): Promise<void> {
    const venue = application.organisationName;
    await this.notifications.notify(manager, application.applicantAccountId, {
      email: { template: 'venues.application_approved', params: { venue, link: `${this.composer.publicUrl}${VENUE_PATH}` } },
      inApp: { kind: 'venues.application_approved', params: { venue }, link: VENUE_PATH },
    });
  }

  async rejected(manager: EntityManager, application: VenueApplication, reasonCode: string, message: string | null): Promise<void> {
    await this.notifications.notify(manager, application.applicantAccountId, {
      email: {
        template: 'venues.application_rejected',
        params: {
          venue: application.organisationName,
          reason: param.key(`venues:rejectionReasons.${reasonCode}`),
          note: message ? `\n\n${message}` : '',
          link: `${this.composer.publicUrl}${APPLICATION_PATH}`,
        },
      },
      inApp: { kind: 'venues.application_rejected', link: APPLICATION_PATH },
    });
  }

  async infoRequested(manager: EntityManager, application: VenueApplication, message: string): Promise<void> {
    await this.notifications.notify(manager, application.applicantAccountId, {
      email: {
        template: 'venues.application_info_requested',
        params: { venue: application.organisationName, message, link: `${this.composer.publicUrl}${APPLICATION_PATH}` },
      },
      inApp: { kind: 'venues.application_info_requested', link: APPLICATION_PATH },
    });
  }
}
