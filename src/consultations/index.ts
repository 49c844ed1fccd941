/** The public surface of the consultations domain: video rooms for video appointments (WebRTC, signalling only). */
export { ConsultationsModule } from './consultations.module.js';
export { CONSULTATIONS_ENTITIES } from './talk-now.entities.js';
export { CONSULTATIONS_RESOLVERS } from './consultations.resolvers.js';
export type { ConsultationMediaAdapter, ConsultationMediaConnection } from './consultation-media-adapter.js';
