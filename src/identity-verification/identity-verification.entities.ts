/** The TypeORM entities of this domain (collected in src/database/entities.ts). */
export const IDENTITY_VERIFICATION_ENTITIES: Function[] = [];
