import { Inject, Injectable } from '@nestjs/common';
import path from 'node:path';
import { LocalFileFolder } from '../common/files/local-file-folder.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** Scanned letters of residents' mailboxes, under FILES_DIR/resident-mail. */
@Injectable()
export class ResidentMailStorage extends LocalFileFolder {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(path.resolve(config.files.dir, 'resident-mail'));
  }
}
