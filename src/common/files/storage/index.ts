export { FileStorage, StoredFileExistsError, StoredFileMissingError, assertStorageKey, type StoredFileFacts } from './file-storage.js';
export { FileStorageModule } from './file-storage.module.js';
export { LocalFileStorage } from './local-file-storage.js';
export { S3FileStorage } from './s3-file-storage.js';
export { fileStorageFromConfig, closeFileStorage } from './file-storage-from-config.js';
