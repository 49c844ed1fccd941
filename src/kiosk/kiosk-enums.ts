import { registerEnumType } from '@nestjs/graphql';

/** The office a self-service terminal belongs to: its staff enrol, see and disable it. */
export enum KioskOffice {
  citizens_office = 'citizens_office',
  economic_development = 'economic_development',
}

/**
 * The steps of the kiosk a person can continue on their own phone. The draft of a step carries only
 * the non-secret fields listed here (never a password, never the kiosk's session).
 */
export enum KioskHandoverStep {
  menu = 'menu',
  about = 'about',
  news = 'news',
  news_article = 'news_article',
  sign_in = 'sign_in',
  create_account = 'create_account',
  /** Booking an appointment (the phone signs in on its own, then books). */
  appointments = 'appointments',
  /** Talking to staff now by video, from the phone. */
  talk_now = 'talk_now',
}

export const HANDOVER_DRAFT_FIELDS: Record<KioskHandoverStep, readonly string[]> = {
  [KioskHandoverStep.menu]: [],
  [KioskHandoverStep.about]: [],
  [KioskHandoverStep.news]: [],
  [KioskHandoverStep.news_article]: ['articleId'],
  [KioskHandoverStep.sign_in]: ['email'],
  [KioskHandoverStep.create_account]: ['email', 'preferredLanguage'],
  [KioskHandoverStep.appointments]: [],
  [KioskHandoverStep.talk_now]: [],
};

registerEnumType(KioskOffice, { name: 'KioskOffice', description: 'The office a self-service terminal belongs to.' });
registerEnumType(KioskHandoverStep, { name: 'KioskHandoverStep', description: 'A kiosk step a person can continue on their phone.' });
