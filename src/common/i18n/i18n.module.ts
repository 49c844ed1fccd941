import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Translator } from './translator.js';

@Global()
@Module({
  providers: [
    {
      provide: Translator,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new Translator(config.i18n.supportedLanguages, config.i18n.defaultLanguage),
    },
  ],
  exports: [Translator],
})
export class I18nModule {}
