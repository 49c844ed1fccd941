/** The TypeORM entities of this domain (collected in src/database/entities.ts). */
export const TRADE_REGISTRATION_ENTITIES: Function[] = [];
