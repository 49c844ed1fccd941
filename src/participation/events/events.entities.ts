/** The TypeORM entities of participation's events (collected in ../participation.entities.ts). */
export const EVENTS_ENTITIES: Function[] = [];
