import type { AppConfig } from '../../../config/app-config.js';
import type { FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';

/** The configured storage: the S3 bucket when STORAGE_S3_BUCKET is set, else the folder FILES_DIR. */
export function fileStorageFromConfig(files: AppConfig['files']): FileStorage {
  return files.s3 ? new S3FileStorage(files.s3) : new LocalFileStorage(files.dir);
}

/** Releases what the storage holds open (the S3 client's sockets). */
export function closeFileStorage(storage: FileStorage): void {
  if (storage instanceof S3FileStorage) storage.close();
}
