import { Injectable } from '@nestjs/common';
import { hasRole, type Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import type { CaseKindHandler } from './case-kind-handler.js';

/** The case kinds the back office knows, each with its handler. */
@Injectable()
export class CaseKindRegistry {
  private readonly handlers = new Map<string, CaseKindHandler>();

  register(handler: CaseKindHandler): void {
    if (this.handlers.has(handler.kind)) throw new Error(`case kind ${handler.kind} registered twice`);
    this.handlers.set(handler.kind, handler);
  }

  get(kind: string): CaseKindHandler {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`unknown case kind ${kind}`);
    return handler;
  }

  mayHandle(actor: Actor, kind: string): boolean {
    const handler = this.handlers.get(kind);
    return handler !== undefined && hasRole(actor, Role.admin, ...handler.deciderRoles);
  }

  /** The kinds whose cases the actor may see; empty for anyone else. */
  kindsFor(actor: Actor): string[] {
    return [...this.handlers.keys()].filter((kind) => this.mayHandle(actor, kind));
  }
}
