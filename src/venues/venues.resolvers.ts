import { VenuesResolver } from './venues.resolver.js';
import { VenueOnboardingResolver } from './onboarding/venue-onboarding.resolver.js';
import { VenueTeamResolver } from './onboarding/venue-team.resolver.js';

/** The GraphQL resolvers of the venues domain (for the schema CLI, through src/domains.ts). */
export const VENUES_RESOLVERS = [VenuesResolver, VenueOnboardingResolver, VenueTeamResolver];
