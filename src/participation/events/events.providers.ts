import type { Provider, Type } from '@nestjs/common';
import { EventCalendarFiles } from './event-calendar-files.js';
import { EventsController } from './events.controller.js';
import { EventsService } from './events.service.js';

/** Nest providers of participation's events (collected in ../participation.module.ts). */
export const EVENTS_PROVIDERS: Provider[] = [EventsService, EventCalendarFiles];
/** REST controllers of participation's events, if any. */
export const EVENTS_CONTROLLERS: Type[] = [EventsController];
