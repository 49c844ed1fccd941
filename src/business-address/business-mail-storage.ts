import { Injectable } from '@nestjs/common';
import { StoredFileFolder } from '../common/files/stored-file-folder.js';
import { FileStorage } from '../common/files/storage/file-storage.js';

/** Scanned letters of business mailboxes, in the folder business-mail of the file storage. */
@Injectable()
export class BusinessMailStorage extends StoredFileFolder {
  constructor(storage: FileStorage) {
    super(storage, 'business-mail');
  }
}
