import type { Type } from '@nestjs/common';
import { SecureMailboxResolver, SecureMessageFieldsResolver } from './secure-mailbox.resolver.js';

/** The GraphQL resolvers of this domain (module providers and the schema generator). */
export const SECURE_MESSAGING_RESOLVERS: Type[] = [SecureMailboxResolver, SecureMessageFieldsResolver];
