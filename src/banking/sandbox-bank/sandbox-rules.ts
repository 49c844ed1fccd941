import { composeIBAN, isValidIBAN } from 'ibantools';

export type SandboxDecision =
  | { outcome: 'opened' }
  | { outcome: 'declined'; reasonCode: string; reason: string }
  | { outcome: 'documents_requested'; documentKind: string; message: string };

/**
 * The sandbox bank's deterministic rules (shown to users on the bank-account page):
 * a company whose legal name contains "Decline" is declined; one whose name contains "Documents"
 * is first asked for a proof of business activity, and opened once it answered; all others are opened.
 * (Before these, SandboxBankService declines when a handed-over register extract does not match its hash.)
 */
export function sandboxDecision(companyName: string, documentsReceived: boolean): SandboxDecision {
  const name = companyName.toLowerCase();
  if (name.includes('decline')) {
    return {
      outcome: 'declined',
      reasonCode: 'risk_policy',
      reason: 'The company does not meet the sandbox bank’s risk policy (name contains “Decline”).',
    };
  }
  if (name.includes('documents') && !documentsReceived) {
    return {
      outcome: 'documents_requested',
      documentKind: 'proof_of_business_activity',
      message: 'Please send a proof of your business activity (e.g. an invoice or a contract) and describe your expected monthly turnover.',
    };
  }
  return { outcome: 'opened' };
}

/** A German IBAN (DE + check digits + 8-digit bank code + 10-digit account number). */
export function germanIban(bankCode: string, accountNumber: string): string {
  if (!/^\d{8}$/.test(bankCode) || !/^\d{10}$/.test(accountNumber)) throw new Error('bank code needs 8 digits, account number 10');
  const iban = composeIBAN({ countryCode: 'DE', bban: `${bankCode}${accountNumber}` });
  if (!iban || !isValidIBAN(iban)) throw new Error('could not compose a valid IBAN');
  return iban;
}
