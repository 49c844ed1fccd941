import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { EventCalendarFiles } from './event-calendar-files.js';
import { EventsService } from './events.service.js';

/** The calendar file of an event, for the people who may see it (the event page's download link). */
@Controller()
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly files: EventCalendarFiles,
  ) {}

  @Get('api/participation/events/:id/calendar.ics')
  @Authenticated()
  async calendar(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const event = await this.events.calendarEvent(actor, id);
    void reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="event-${event.id}.ics"`)
      .header('cache-control', 'private, no-store');
    return this.files.file(event, actor.language);
  }
}
