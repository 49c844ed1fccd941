import { Module } from '@nestjs/common';
import { BackofficeModule } from '../backoffice/index.js';
import { CardsModule } from '../cards/index.js';
import { CompaniesModule } from '../companies/index.js';
import { IdentityModule } from '../identity/index.js';
import { ResidencyModule } from '../residency/index.js';
import { AudienceService } from './audience/audience.service.js';
import { EVENTS_CONTROLLERS, EVENTS_PROVIDERS } from './events/events.providers.js';
import { NEWS_CONTROLLERS, NEWS_PROVIDERS } from './news/news.providers.js';
import { PARTICIPATION_RESOLVERS } from './participation.resolvers.js';
import { SURVEYS_CONTROLLERS, SURVEYS_PROVIDERS } from './surveys/surveys.providers.js';
import { ParticipationPersonalData } from './participation-personal-data.js';
import { ParticipationStatistics } from './participation-statistics.js';

/** Participation: city news, events with waiting lists and check-in by card, anonymous surveys. */
@Module({
  imports: [IdentityModule, ResidencyModule, CompaniesModule, CardsModule, BackofficeModule],
  controllers: [...NEWS_CONTROLLERS, ...EVENTS_CONTROLLERS, ...SURVEYS_CONTROLLERS],
  providers: [
    ParticipationStatistics,
    ParticipationPersonalData,
    AudienceService,
    ...NEWS_PROVIDERS,
    ...EVENTS_PROVIDERS,
    ...SURVEYS_PROVIDERS,
    ...PARTICIPATION_RESOLVERS,
  ],
})
export class ParticipationModule {}
