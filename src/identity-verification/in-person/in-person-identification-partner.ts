/** A place where people identify themselves in person: a partner's service point or a city self-service terminal. */
export interface ServicePoint {
  id: string;
  name: string;
  address: string;
  kind: 'service_point' | 'terminal';
}

/** What staff at the service point enter from the passport shown (and the terminal displays). */
export interface PresentedDocument {
  givenName: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  placeOfBirth: string | null;
  documentNumber: string;
}

/** The terminal's reading of the passport chip (passive and chip authentication) and its face comparison. */
export interface TerminalReading {
  chipAuthentic: boolean;
  faceMatched: boolean;
}

/**
 * The partner that runs service points and self-service terminals. The person books; at the
 * service point the terminal reads the passport chip and compares the face with the chip's photo;
 * staff confirm through `InPersonIdentificationService.confirm`.
 */
export interface InPersonIdentificationPartner {
  /** Stored with each session, e.g. `local-sandbox-service-point`. */
  readonly name: string;
  servicePoints(): readonly ServicePoint[];
  /** Books an identification at a service point: the code the person shows there. */
  book(session: { id: string; servicePointId: string; language: string }): Promise<{ bookingCode: string }>;
  /** The terminal's reading for a booking and the document presented. */
  read(bookingCode: string, document: PresentedDocument): Promise<TerminalReading>;
}

export const IN_PERSON_IDENTIFICATION_PARTNER = Symbol('InPersonIdentificationPartner');
