export interface VirtualAddressParts {
  recipient: string;
  careOf: string;
  street: string;
  mailboxPrefix: string;
  mailboxNumber: number;
  postcode: string;
  city: string;
}

/** The mailbox as written on the envelope, e.g. `Fach BO-00042`. */
export function mailboxLabel(prefix: string, number: number): string {
  return `Fach ${prefix}-${String(number).padStart(5, '0')}`;
}

/**
 * The address block of a domestic letter per DIN 5008: recipient, c/o line, street, mailbox,
 * postcode and town. German postal terms, whatever the reader's language, because the
 * envelope goes through the German post.
 */
export function din5008Lines(parts: VirtualAddressParts): string[] {
  return [
    parts.recipient,
    `c/o ${parts.careOf}`,
    parts.street,
    mailboxLabel(parts.mailboxPrefix, parts.mailboxNumber),
    `${parts.postcode} ${parts.city}`,
  ];
}

const MAILBOX_INPUT = /^(?:fach\s*)?([a-z]{1,8})[\s-]*(\d{1,9})$/i;

/** A mailbox as staff type it from an envelope: `Fach HBF-00042`, `HBF-42`, `hbf 42`. */
export function parseMailbox(input: string): { prefix: string; number: number } | null {
  const match = MAILBOX_INPUT.exec(input.trim());
  return match ? { prefix: match[1].toUpperCase(), number: Number(match[2]) } : null;
}
