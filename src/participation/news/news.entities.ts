/** The TypeORM entities of participation's news (collected in ../participation.entities.ts). */
export const NEWS_ENTITIES: Function[] = [];
