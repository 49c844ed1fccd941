import { z } from 'zod';
import type { DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the messaging domain (validated with the rest in buildConfig). */
export const messagingEnvironment = z.object({});

export interface MessagingConfig {}

export function messagingConfig(_env: unknown /* z.infer<typeof messagingEnvironment> once it has variables */, _context: DomainConfigContext): MessagingConfig {
  return {};
}
