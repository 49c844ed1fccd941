/** The banks the sandbox bank plays (clearly marked as sandbox; test BICs have a "0" as 8th character). */
export interface SandboxBankProfile {
  code: string;
  name: string;
  bic: string;
  bankCode: string;
}

export const SANDBOX_BANKS: readonly SandboxBankProfile[] = [
  { code: 'sparkasse-bochum-sandbox', name: 'Sparkasse Bochum (Sandbox)', bic: 'SBOCDED0XXX', bankCode: '43099001' },
  { code: 'ruhr-digital-sandbox', name: 'Ruhr Digital Bank (Sandbox)', bic: 'RDBKDED0XXX', bankCode: '43099002' },
];

export function sandboxBankProfile(code: string): SandboxBankProfile | undefined {
  return SANDBOX_BANKS.find((bank) => bank.code === code);
}

/** The path under which the sandbox bank serves one of its banks' API. */
export function sandboxBankApiBase(baseUrl: string, code: string): string {
  return `${baseUrl}/sandbox-bank/api/banks/${code}`;
}
