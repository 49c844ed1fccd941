/** The TypeORM entities of this domain (collected in src/database/entities.ts). */
export const COMPANIES_ENTITIES: Function[] = [];
