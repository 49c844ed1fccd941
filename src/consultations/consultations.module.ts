import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/index.js';
import { KioskModule } from '../kiosk/index.js';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CONSULTATION_MEDIA_ADAPTER, mediaAdapterFor } from './consultation-media-adapter.js';
import { CallerPresence } from './caller-presence.js';
import { ConsultationsPersonalData } from './consultations-personal-data.js';
import { CONSULTATIONS_RESOLVERS } from './consultations.resolvers.js';
import { ConsultationsService } from './consultations.service.js';
import { TalkNowService } from './talk-now.service.js';

/** Video consultations for video appointments: room tokens, signalling over the cluster bus, the media adapter. */
@Module({
  // The kiosk's Terminals port: a terminal where nobody signed in may call staff.
  imports: [AppointmentsModule, KioskModule],
  providers: [
    ConsultationsService,
    TalkNowService,
    CallerPresence,
    ConsultationsPersonalData,
    RateLimiterFactory,
    { provide: CONSULTATION_MEDIA_ADAPTER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => mediaAdapterFor(config.consultations) },
    ...CONSULTATIONS_RESOLVERS,
  ],
})
export class ConsultationsModule {}
