export {
  ClusterEvents,
  ClusterEventError,
  CLUSTER_RECONNECTED_CHANNEL,
  MAX_CLUSTER_EVENT_PAYLOAD_BYTES,
  type ClusterEventPayload,
} from './cluster-events.js';
export { ClusterEventsModule } from './cluster-events.module.js';
export { ClusterEventBus } from './cluster-event-bus.js';
