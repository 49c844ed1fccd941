import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Translator } from '../common/i18n/translator.js';
import { JobQueue } from '../common/jobs/job-queue.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { EmailAttachments, type RenderedAttachment } from '../notifications/index.js';
import { appointmentCalendar, serviceName } from './appointment-calendar.js';
import { AppointmentBooking, AppointmentChannel, AppointmentServiceEntity, AppointmentStatus } from './appointments.entities.js';
import { APPOINTMENT_CALENDAR_ATTACHMENT, AppointmentsService } from './appointments.service.js';

/**
 * Registers the calendar attachment (rendered when the e-mail is sent, in the reader's language,
 * from the booking as it is then: a cancelled booking goes out as METHOD:CANCEL) and the reminder job.
 */
@Injectable()
export class AppointmentCalendarFiles implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attachments: EmailAttachments,
    private readonly jobs: JobQueue,
    private readonly translator: Translator,
    private readonly appointments: AppointmentsService,
  ) {}

  onModuleInit(): void {
    this.attachments.register(APPOINTMENT_CALENDAR_ATTACHMENT, (ref, language) => this.render(ref, language));
    this.jobs.schedule('appointments.reminders', '*/5 * * * *', async () => {
      await this.appointments.sendReminders();
    });
  }

  async render(bookingId: string, language: string): Promise<RenderedAttachment> {
    const booking = await this.dataSource.manager.findOneByOrFail(AppointmentBooking, { id: bookingId });
    const service = await this.dataSource.manager.findOneByOrFail(AppointmentServiceEntity, { id: booking.serviceId });
    const cancel = booking.status === AppointmentStatus.cancelled;
    const channel = this.translator.t(language, `appointments:channel.${booking.channel}`);
    const file = appointmentCalendar({
      bookingId: booking.id,
      sequence: booking.sequence,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      summary: serviceName(service, language),
      description: channel,
      location:
        booking.channel === AppointmentChannel.video
          ? channel
          : booking.channel === AppointmentChannel.home_visit
            ? booking.visitAddress
            : service.place,
      cancel,
      language,
      organizerEmail: this.config.email.from,
      link: `${this.config.publicUrl}/appointments`,
    });
    return {
      filename: 'appointment.ics',
      contentType: `text/calendar; charset=utf-8; method=${cancel ? 'CANCEL' : 'REQUEST'}`,
      content: Buffer.from(file, 'utf8'),
    };
  }
}
