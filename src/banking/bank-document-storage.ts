import { Injectable } from '@nestjs/common';
import { StoredFileFolder } from '../common/files/stored-file-folder.js';
import { FileStorage } from '../common/files/storage/file-storage.js';

/** Documents handed to banks, in the folder banking of the file storage. */
@Injectable()
export class BankDocumentStorage extends StoredFileFolder {
  constructor(storage: FileStorage) {
    super(storage, 'banking');
  }
}
