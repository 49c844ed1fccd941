import type { Provider, Type } from '@nestjs/common';

/** Nest providers of participation's events (collected in ../participation.module.ts). */
export const EVENTS_PROVIDERS: Provider[] = [];
/** REST controllers of participation's events, if any. */
export const EVENTS_CONTROLLERS: Type[] = [];
