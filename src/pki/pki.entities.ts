/** The TypeORM entities of this domain (collected in src/database/entities.ts). */
export const PKI_ENTITIES: Function[] = [];
