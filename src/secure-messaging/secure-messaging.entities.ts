/** The TypeORM entities of this domain (collected in src/database/entities.ts). */
export const SECURE_MESSAGING_ENTITIES: Function[] = [];
