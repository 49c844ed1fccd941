import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type {
  InPersonIdentificationPartner,
  PresentedDocument,
  ServicePoint,
  TerminalReading,
} from '../in-person-identification-partner.js';

export const LOCAL_SANDBOX_SERVICE_POINT = 'local-sandbox-service-point';

const SERVICE_POINTS: readonly ServicePoint[] = [
  {
    id: 'sandbox-buergerbuero-mitte',
    name: 'Bürgerbüro Bochum-Mitte (sandbox)',
    address: 'Willy-Brandt-Platz 2–6, 44787 Bochum',
    kind: 'service_point',
  },
  {
    id: 'sandbox-terminal-rathaus',
    name: 'Self-service terminal, Rathaus Bochum (sandbox)',
    address: 'Willy-Brandt-Platz 2–6, 44787 Bochum',
    kind: 'terminal',
  },
];

/** Letters and digits that cannot be mistaken for each other when read aloud or typed (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * The local sandbox of identification in person (development and tests only): two made-up
 * service points, and a "terminal" whose chip check fails for a document number containing
 * "FAKE" and whose face comparison fails for one containing "NOMATCH"; anything else passes.
 */
@Injectable()
export class InPersonSandboxPartner implements InPersonIdentificationPartner {
  readonly name = LOCAL_SANDBOX_SERVICE_POINT;

  servicePoints(): readonly ServicePoint[] {
    return SERVICE_POINTS;
  }

  async book(): Promise<{ bookingCode: string }> {
    const code = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    return { bookingCode: `BO-${code.slice(0, 4)}-${code.slice(4)}` };
  }

  async read(_bookingCode: string, document: PresentedDocument): Promise<TerminalReading> {
    return { chipAuthentic: !/fake/i.test(document.documentNumber), faceMatched: !/nomatch/i.test(document.documentNumber) };
  }
}
