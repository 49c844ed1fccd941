import { Injectable } from '@nestjs/common';
import { StoredFileFolder } from '../common/files/stored-file-folder.js';
import { FileStorage } from '../common/files/storage/file-storage.js';

/** Attachments of secure messages, in the folder secure-messaging of the file storage. */
@Injectable()
export class MessageAttachmentStorage extends StoredFileFolder {
  constructor(storage: FileStorage) {
    super(storage, 'secure-messaging');
  }
}
