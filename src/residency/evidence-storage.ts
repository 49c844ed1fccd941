import { Inject, Injectable } from '@nestjs/common';
import path from 'node:path';
import { LocalFileFolder } from '../common/files/local-file-folder.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** Evidence documents of residency applications, under FILES_DIR/evidence. */
@Injectable()
export class EvidenceStorage extends LocalFileFolder {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(path.resolve(config.files.dir, 'evidence'));
  }
}
