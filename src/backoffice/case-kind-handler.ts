import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import type { Role } from '../common/auth/role.js';
import type { CaseDecision } from './case-decision.js';

/**
 * What a domain provides to put its applications into the back office queue (residency
 * applications now; trade registrations, bank hand-overs and revocation requests later). The
 * domain registers its handler with `CaseKindRegistry` during module init and opens cases with
 * `CaseQueue` in its own transactions.
 */
export interface CaseKindHandler {
  /** Stable identifier stored on each case, e.g. `residency_application`. */
  readonly kind: string;
  /** Who may see, be assigned and decide cases of this kind (admins always may). */
  readonly deciderRoles: readonly Role[];
  /** Reason codes staff choose from when rejecting; `other` needs a message. */
  readonly rejectionReasons: readonly string[];
  /** Short facts per subject for the queue, e.g. `{ category: 'student' }`; one query for many. */
  facets(subjectIds: readonly string[]): Promise<Map<string, Record<string, string>>>;
  /** Applies the decision to the subject inside the case's transaction (status, notifications, …). */
  decide(manager: EntityManager, actor: Actor, subjectId: string, decision: CaseDecision): Promise<void>;
}
