import { randomBytes } from 'node:crypto';

/**
 * The local VIES sandbox's answers, decided by the VAT id (prefix and number):
 *
 * | VAT id        | answer                                                                 |
 * |---------------|------------------------------------------------------------------------|
 * | DE222222220   | not valid (not registered)                                             |
 * | DE333333339   | MS_UNAVAILABLE, always (the member state's service is down)            |
 * | DE444444443   | MS_UNAVAILABLE and valid in turn: the first request fails, a retry works |
 * | DE555555551   | MS_MAX_CONCURRENT_REQ, always                                          |
 * | any other     | valid; Germany shares no name or address ("---", as the real VIES), other countries a sandbox name |
 *
 * Malformed requests (unknown member state code, a number with other characters) get INVALID_INPUT.
 */
export const VIES_SANDBOX_NUMBERS = {
  invalid: 'DE222222220',
  unavailable: 'DE333333339',
  unavailableThenValid: 'DE444444443',
  busy: 'DE555555551',
} as const;

const MEMBER_STATES = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT',
  'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'XI',
]); // prettier-ignore

/** Named traders the demo data uses. */
const KNOWN_TRADERS: Readonly<Record<string, { name: string; address: string }>> = {
  FR40303265045: { name: 'BOULANGERIE DURAND SAS', address: '12 RUE DE LA REPUBLIQUE\n69002 LYON' },
};

export type SandboxReply = { status: number; body: Record<string, unknown> };

const error = (status: number, code: string, message: string): SandboxReply => ({
  status,
  body: { actionSucceed: false, errorWrappers: [{ error: code, message }] },
});

/** The sandbox's state: how often each "in turn" number was asked (per process; the sandbox is for development and tests). */
export class ViesSandboxRules {
  private readonly asked = new Map<string, number>();

  answer(request: unknown): SandboxReply {
    const { countryCode, vatNumber } = (request ?? {}) as { countryCode?: unknown; vatNumber?: unknown };
    if (
      typeof countryCode !== 'string' ||
      !MEMBER_STATES.has(countryCode) ||
      typeof vatNumber !== 'string' ||
      !/^[0-9A-Z+*]{2,12}$/.test(vatNumber)
    ) {
      return error(400, 'INVALID_INPUT', 'The provided CountryCode is invalid or the VAT number is empty');
    }
    const vatId = `${countryCode}${vatNumber}`;
    if (vatId === VIES_SANDBOX_NUMBERS.unavailable)
      return error(503, 'MS_UNAVAILABLE', 'The member state service is unavailable (sandbox)');
    if (vatId === VIES_SANDBOX_NUMBERS.busy) return error(503, 'MS_MAX_CONCURRENT_REQ', 'Too many concurrent requests (sandbox)');
    if (vatId === VIES_SANDBOX_NUMBERS.unavailableThenValid) {
      const count = (this.asked.get(vatId) ?? 0) + 1;
      this.asked.set(vatId, count);
      if (count % 2 === 1) return error(503, 'MS_UNAVAILABLE', 'The member state service is unavailable (sandbox, try again)');
    }
    const valid = vatId !== VIES_SANDBOX_NUMBERS.invalid;
    const trader = KNOWN_TRADERS[vatId] ?? { name: `SANDBOX TRADER ${vatId}`, address: `1 SANDBOX STREET\n${countryCode}` };
    const shares = valid && countryCode !== 'DE';
    return {
      status: 200,
      body: {
        countryCode,
        vatNumber,
        requestDate: new Date().toISOString(),
        valid,
        requestIdentifier: `WAPISBX${randomBytes(6).toString('hex').toUpperCase()}`,
        name: shares ? trader.name : '---',
        address: shares ? trader.address : '---',
        traderName: '',
        traderStreet: '',
        traderPostalCode: '',
        traderCity: '',
        traderCompanyType: '',
        traderNameMatch: 'NOT_PROCESSED',
        traderStreetMatch: 'NOT_PROCESSED',
        traderPostalCodeMatch: 'NOT_PROCESSED',
        traderCityMatch: 'NOT_PROCESSED',
        traderCompanyTypeMatch: 'NOT_PROCESSED',
      },
    };
  }
}
