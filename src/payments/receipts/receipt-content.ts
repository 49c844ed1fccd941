/** Everything a receipt shows, already in the payer's language. */
export interface ReceiptContent {
  language: string;
  issuer: string;
  title: string;
  /** A prominent line, e.g. that this was a test payment and nothing was charged. */
  notice: string | null;
  rows: { label: string; value: string }[];
  footer: string;
}
