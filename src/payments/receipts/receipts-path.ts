/** The client's page listing the payer's payments and receipts, linked from e-mails and notifications. */
export const RECEIPTS_PATH = '/account/receipts';
