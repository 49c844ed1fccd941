import { ResidencyResolver } from './residency.resolver.js';
import { ResidencyApplicationFieldsResolver } from './residency-application-fields.resolver.js';
import { ResidencyCaseFieldsResolver } from './residency-case-fields.resolver.js';
import { ResidencyLiveResolver } from './residency-live.resolver.js';

/** The GraphQL resolvers of the residency domain (for the schema CLI, through src/domains.ts). */
export const RESIDENCY_RESOLVERS = [
  ResidencyResolver,
  ResidencyApplicationFieldsResolver,
  ResidencyCaseFieldsResolver,
  ResidencyLiveResolver,
];
