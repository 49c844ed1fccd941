import type { Type } from '@nestjs/common';
import { PkiResolver } from './pki.resolver.js';

/** The GraphQL resolvers of this domain (module providers and the schema generator). */
export const PKI_RESOLVERS: Type[] = [PkiResolver];
