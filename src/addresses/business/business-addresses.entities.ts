/** The TypeORM entities of business addresses (collected in src/database/entities.ts). */
export const BUSINESS_ADDRESSES_ENTITIES: Function[] = [];
