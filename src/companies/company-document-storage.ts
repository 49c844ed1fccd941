import { Injectable } from '@nestjs/common';
import { StoredFileFolder } from '../common/files/stored-file-folder.js';
import { FileStorage } from '../common/files/storage/file-storage.js';

/** Company documents (register extracts), in the folder company-documents of the file storage. */
@Injectable()
export class CompanyDocumentStorage extends StoredFileFolder {
  constructor(storage: FileStorage) {
    super(storage, 'company-documents');
  }
}
