import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { EmailAttachments, type RenderedAttachment } from '../../notifications/index.js';
import { eventCalendar } from './event-calendar.js';
import { ParticipationEvent, ParticipationEventRegistration } from './events.entities.js';
import { EVENT_CALENDAR_ATTACHMENT, EventsService } from './events.service.js';

/**
 * Registers the calendar attachment (rendered when the e-mail is sent, in the reader's language and
 * with the event as it is then) and the jobs: expiring seat offers and the reminders the day before.
 */
@Injectable()
export class EventCalendarFiles implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attachments: EmailAttachments,
    private readonly jobs: JobQueue,
    private readonly events: EventsService,
  ) {}

  onModuleInit(): void {
    this.attachments.register(EVENT_CALENDAR_ATTACHMENT, (ref, language) => this.render(ref, language));
    this.jobs.schedule('participation.event-offers-expire', '*/5 * * * *', async () => {
      await this.events.expireOffers();
    });
    this.jobs.schedule('participation.event-reminders', '7 * * * *', async () => {
      await this.events.sendReminders();
    });
  }

  /** `ref` is `<registrationId>` or `<registrationId>:cancel`. */
  async render(ref: string, language: string): Promise<RenderedAttachment> {
    const [registrationId, cancel] = ref.split(':');
    const registration = await this.dataSource.manager.findOneByOrFail(ParticipationEventRegistration, { id: registrationId });
    const event = await this.dataSource.manager.findOneByOrFail(ParticipationEvent, { id: registration.eventId });
    return {
      filename: 'event.ics',
      contentType: `text/calendar; charset=utf-8; method=${cancel === 'cancel' || event.status === 'cancelled' ? 'CANCEL' : 'REQUEST'}`,
      content: Buffer.from(this.file(event, language, cancel === 'cancel'), 'utf8'),
    };
  }

  file(event: ParticipationEvent, language: string, cancel = false): string {
    return eventCalendar(event, {
      language,
      cancel,
      organizerEmail: this.config.email.from,
      link: `${this.config.publicUrl}/events/${event.id}`,
    });
  }
}
