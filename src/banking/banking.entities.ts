/** The TypeORM entities of this domain (collected in src/database/entities.ts). */
export const BANKING_ENTITIES: Function[] = [];
