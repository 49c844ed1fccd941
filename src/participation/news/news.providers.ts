import type { Provider, Type } from '@nestjs/common';
import { NewsController } from './news.controller.js';
import { NewsDemoSeed } from './news-demo-seed.js';
import { NewsJobs } from './news-jobs.js';
import { NewsMailer } from './news-mailer.service.js';
import { NewsPreferencesService } from './news-preferences.service.js';
import { NewsService } from './news.service.js';

/** Nest providers of participation's news (collected in ../participation.module.ts). */
export const NEWS_PROVIDERS: Provider[] = [NewsService, NewsMailer, NewsPreferencesService, NewsJobs, NewsDemoSeed];
/** REST controllers of participation's news (Atom feed, article images). */
export const NEWS_CONTROLLERS: Type[] = [NewsController];
