import { Injectable } from '@nestjs/common';
import { StoredFileFolder } from '../common/files/stored-file-folder.js';
import { FileStorage } from '../common/files/storage/file-storage.js';

/** Evidence documents of residency applications, in the folder evidence of the file storage. */
@Injectable()
export class EvidenceStorage extends StoredFileFolder {
  constructor(storage: FileStorage) {
    super(storage, 'evidence');
  }
}
