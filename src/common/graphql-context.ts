import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from './auth/actor.js';

export interface GraphqlContext {
  req: FastifyRequest & { user?: Actor };
  reply: FastifyReply;
}
