export { LiveUpdates, type LiveSubscription } from './live-updates.js';
export { LiveUpdatesModule } from './live-updates.module.js';
export { isResync, type LiveEvent, type LiveResync } from './subscriber-queue.js';
export {
  freshRequestPerEvent,
  LIVE_SESSION_KEY,
  liveSessionOf,
  requireLiveEvent,
  rereadOnEachEvent,
  stillSignedIn,
  whileSignedInAnd,
  type LiveSession,
} from './live-session.js';
