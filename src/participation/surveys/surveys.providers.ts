import type { Provider, Type } from '@nestjs/common';

/** Nest providers of participation's surveys (collected in ../participation.module.ts). */
export const SURVEYS_PROVIDERS: Provider[] = [];
/** REST controllers of participation's surveys, if any. */
export const SURVEYS_CONTROLLERS: Type[] = [];
