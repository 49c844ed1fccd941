import { Injectable } from '@nestjs/common';
import { StoredFileFolder } from '../common/files/stored-file-folder.js';
import { FileStorage } from '../common/files/storage/file-storage.js';

/** Scanned letters of residents' mailboxes, in the folder resident-mail of the file storage. */
@Injectable()
export class ResidentMailStorage extends StoredFileFolder {
  constructor(storage: FileStorage) {
    super(storage, 'resident-mail');
  }
}
