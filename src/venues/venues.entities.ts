import { Venue } from './entities/venue.entity.js';
import { VenueOperator } from './entities/venue-operator.entity.js';
import { Offer } from './entities/offer.entity.js';
import { VenueApiKey } from './entities/venue-api-key.entity.js';
import { VerificationRecord } from './entities/verification-record.entity.js';
import { VenueApplication } from './entities/venue-application.entity.js';
import { VenueInvitation } from './entities/venue-invitation.entity.js';

/** The TypeORM entities of the venues domain (registered once, in src/domains.ts). */
export const VENUES_ENTITIES = [Venue, VenueOperator, Offer, VenueApiKey, VerificationRecord, VenueApplication, VenueInvitation];
