/** The public surface of the participation domain: city news, events, surveys. */
export { ParticipationModule } from './participation.module.js';
export { PARTICIPATION_ENTITIES } from './participation.entities.js';
export { PARTICIPATION_RESOLVERS } from './participation.resolvers.js';
export { SurveyDemoSeed } from './surveys/survey-demo-seed.js';
export { NewsDemoSeed } from './news/news-demo-seed.js';
export { ParticipationStatistics } from './participation-statistics.js';
