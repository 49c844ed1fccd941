export {
  MailDesk,
  mailDeskErrors,
  type CheckedLetter,
  type MailDeskErrors,
  type MailDeskLetter,
  type MailDeskLetterInput,
  type MailDeskProblem,
} from './mail-desk.js';
export { MailDeskLetterColumns, type MailDeskForwardingAddress } from './mail-desk-letter.columns.js';
export { MailDeskLetterModel, mailDeskLetterFields } from './mail-desk-letter.model.js';
export { mailDeskStatuses, type MailDeskHandling, type MailDeskStatuses } from './mail-desk-status.js';
export { readMailDeskLetter } from './mail-desk-upload.js';
