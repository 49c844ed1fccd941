import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/auth/access.decorators.js';
import { liveSessionOf, stillSignedIn } from '../common/live-updates/index.js';
import { Terminals } from '../common/terminals/index.js';

/**
 * The gate of a caller's subscription (LiveUpdates.events `stillAllowed`): an account is still signed in
 * (its session checked before each event), a terminal is still enabled (staff may disable it meanwhile).
 */
@Injectable()
export class CallerPresence {
  constructor(private readonly terminals: Terminals) {}

  /** Call while the context's request is still the subscription's own (subscriptions exist only over graphql-ws). */
  whileThere(caller: Caller, context: unknown): () => Promise<boolean> {
    const session = liveSessionOf(context);
    if (caller.actor) return stillSignedIn(session, (context as { req: { user?: Caller['actor'] } }).req);
    const { deviceId } = caller.terminal;
    return () => this.terminals.stillEnabled(deviceId);
  }
}
