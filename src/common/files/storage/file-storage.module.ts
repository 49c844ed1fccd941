import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { FileStorage } from './file-storage.js';
import { closeFileStorage, fileStorageFromConfig } from './file-storage-from-config.js';

/** Provides the one configured FileStorage to every domain's StoredFileFolder and to the readiness check. */
@Global()
@Module({
  providers: [{ provide: FileStorage, inject: [APP_CONFIG], useFactory: (config: AppConfig) => fileStorageFromConfig(config.files) }],
  exports: [FileStorage],
})
export class FileStorageModule implements OnApplicationShutdown {
  constructor(@Inject(FileStorage) private readonly storage: FileStorage) {}

  onApplicationShutdown(): void {
    closeFileStorage(this.storage);
  }
}
