/** The public surface of the participation domain: city news, events, surveys. */
export { ParticipationModule } from './participation.module.js';
export { PARTICIPATION_ENTITIES } from './participation.entities.js';
export { PARTICIPATION_RESOLVERS } from './participation.resolvers.js';
