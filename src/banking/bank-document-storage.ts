import { Inject, Injectable } from '@nestjs/common';
import { LocalFileFolder } from '../common/files/local-file-folder.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** Documents handed to banks, under FILES_DIR/banking. */
@Injectable()
export class BankDocumentStorage extends LocalFileFolder {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.banking.filesDir);
  }
}
