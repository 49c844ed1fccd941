import { registerEnumType } from '@nestjs/graphql';

/** What the office does with letters that arrive for a virtual address. */
export enum MailHandling {
  forward = 'forward',
  scan = 'scan',
  hold = 'hold',
}

registerEnumType(MailHandling, {
  name: 'MailHandling',
  description: 'forward: sent on to a real address; scan: scanned into the in-app mailbox; hold: kept for pick-up.',
});
