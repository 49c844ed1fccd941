/** OpenAPI examples of the verification answer, one per `reason` (ARCHITECTURE §6). */
const card = (status: string) => ({ status, validUntil: '2027-11-21T12:00:00.000Z', categories: ['student'] });
const offer = {
  id: '6f1c2b8e-0c55-4c4e-9a55-4d2f7b1d3a10',
  title: 'Ermäßigter Eintritt',
  titleLanguage: 'de',
  discountPercent: 50,
  fixedPriceCents: null,
};
const answer = (valid: boolean, eligible: boolean, reason: string | null, cardValue: object | null, offerValue: object | null = offer) => ({
  value: {
    verificationId: '0b6c9f52-4a1e-4f0e-8d7e-2f6f0c1b9a21',
    valid,
    eligible,
    reason,
    card: cardValue,
    offer: offerValue,
    repeatedPresentation: false,
    presentation: valid ? 'phone' : null,
    holderName: null,
    notice: null,
    printedCardUsesToday: null,
  },
});

export const VERIFICATION_EXAMPLES = {
  eligible: { summary: 'valid and eligible', ...answer(true, true, null, card('active')) },
  printed: {
    summary: 'a printed card, the third time today: compare the name with a photo ID',
    value: {
      ...answer(true, true, null, card('active')).value,
      presentation: 'printed',
      holderName: 'Erika Mustermann',
      notice: 'Printed card: compare the name with a photo ID.',
      printedCardUsesToday: 3,
      repeatedPresentation: true,
    },
  },
  UNKNOWN_CARD: { summary: 'not a card of the city, or not in the status list', ...answer(false, false, 'UNKNOWN_CARD', null) },
  INVALID_SIGNATURE: { summary: 'forged credential or wrong device', ...answer(false, false, 'INVALID_SIGNATURE', null) },
  STALE_PRESENTATION: {
    summary: 'the live code is older than 90 seconds (a screenshot)',
    ...answer(false, false, 'STALE_PRESENTATION', null),
  },
  REVOKED: { summary: 'revoked card', ...answer(false, false, 'REVOKED', card('revoked')) },
  SUSPENDED: { summary: 'suspended card (reported lost)', ...answer(false, false, 'SUSPENDED', card('suspended')) },
  EXPIRED: { summary: 'expired card', ...answer(false, false, 'EXPIRED', card('expired')) },
  NOT_ELIGIBLE: {
    summary: 'valid card whose categories do not qualify for the offer',
    ...answer(true, false, 'NOT_ELIGIBLE', card('active')),
  },
};

export const VERIFICATION_SCHEMA = {
  type: 'object',
  required: ['verificationId', 'valid', 'eligible', 'reason', 'card', 'offer'],
  properties: {
    verificationId: { type: 'string', format: 'uuid' },
    valid: { type: 'boolean' },
    eligible: { type: 'boolean' },
    reason: {
      type: 'string',
      nullable: true,
      enum: ['UNKNOWN_CARD', 'INVALID_SIGNATURE', 'STALE_PRESENTATION', 'REVOKED', 'SUSPENDED', 'EXPIRED', 'NOT_ELIGIBLE', null],
    },
    card: {
      type: 'object',
      nullable: true,
      properties: {
        status: { type: 'string' },
        validUntil: { type: 'string', format: 'date-time' },
        categories: { type: 'array', items: { type: 'string' } },
      },
    },
    offer: {
      type: 'object',
      nullable: true,
      properties: {
        id: { type: 'string', format: 'uuid' },
        title: { type: 'string', description: 'In the language of Accept-Language (or `lng`), German when the offer has no translation.' },
        titleLanguage: { type: 'string', description: 'The language `title` is in, e.g. "tr", or "de" for the German fallback.' },
        discountPercent: { type: 'integer', nullable: true },
        fixedPriceCents: { type: 'integer', nullable: true },
      },
    },
    repeatedPresentation: {
      type: 'boolean',
      description:
        'The same live code was already shown at this venue within its validity, or a printed card is used here the third time today or more.',
    },
    presentation: {
      type: 'string',
      nullable: true,
      enum: ['phone', 'printed', null],
      description: 'Live phone code (key-bound) or printed card.',
    },
    holderName: { type: 'string', nullable: true, description: 'Only for a valid printed card: compare it with a photo ID.' },
    notice: {
      type: 'string',
      nullable: true,
      description: 'For a printed card: "Printed card: compare the name with a photo ID." in your language.',
    },
    printedCardUsesToday: {
      type: 'integer',
      nullable: true,
      description: 'For a printed card: its uses at your venue today, this one included.',
    },
  },
};

export const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        reason: { type: 'string' },
        message: { type: 'string' },
        retryAfterSeconds: { type: 'integer' },
      },
    },
    correlationId: { type: 'string' },
  },
};
