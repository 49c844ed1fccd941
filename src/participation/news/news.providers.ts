import type { Provider, Type } from '@nestjs/common';

/** Nest providers of participation's news (collected in ../participation.module.ts). */
export const NEWS_PROVIDERS: Provider[] = [];
/** REST controllers of participation's news (public page data, Atom feed, unsubscribe). */
export const NEWS_CONTROLLERS: Type[] = [];
