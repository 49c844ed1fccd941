import { Inject, Injectable } from '@nestjs/common';
import { hasRole, isStaff, type Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Role } from '../identity/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** One processing activity of the records of processing (Art. 30 GDPR); texts are catalogue keys (`privacy:activities.<key>`). */
export interface ProcessingActivity {
  key: string;
  legalBasis: string;
  dataCategories: string[];
  subjects: string[];
  recipients: string[];
  retention: { amount: number; unit: 'minutes' | 'days' | 'years'; from: string };
}

/** The city's records of processing, with the periods the retention jobs and the erasure apply. */
@Injectable()
export class ProcessingRecords {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Staff only (any office); everyone else is refused. */
  forStaff(actor: Actor): ProcessingActivity[] {
    if (!isStaff(actor) && !hasRole(actor, Role.staff_communication)) throw DomainException.forbidden();
    return this.all();
  }

  summary(): { paymentYears: number; caseRecordYears: number } {
    return { paymentYears: this.config.privacy.paymentYears, caseRecordYears: this.config.privacy.caseRecordYears };
  }

  all(): ProcessingActivity[] {
    const privacy = this.config.privacy;
    return [
      {
        key: 'accounts',
        legalBasis: 'art6_1b',
        dataCategories: ['contact', 'credentials', 'usage'],
        subjects: ['residents', 'founders', 'staff'],
        recipients: ['city'],
        retention: { amount: privacy.expiredTokenDays, unit: 'days', from: 'token_expiry' },
      },
      {
        key: 'residency',
        legalBasis: 'art6_1e',
        dataCategories: ['identity', 'residence', 'evidence'],
        subjects: ['residents'],
        recipients: ['city'],
        retention: { amount: privacy.caseRecordYears, unit: 'years', from: 'decision' },
      },
      {
        key: 'evidence',
        legalBasis: 'art6_1e',
        dataCategories: ['evidence'],
        subjects: ['residents'],
        recipients: ['city'],
        retention: { amount: privacy.evidenceDays, unit: 'days', from: 'decision' },
      },
      {
        key: 'identification',
        legalBasis: 'art6_1e',
        dataCategories: ['identity'],
        subjects: ['residents', 'founders'],
        recipients: ['city', 'identification_partners'],
        retention: { amount: 0, unit: 'days', from: 'account_erasure' },
      },
      {
        key: 'cards',
        legalBasis: 'art6_1b',
        dataCategories: ['identity', 'card'],
        subjects: ['residents'],
        recipients: ['city', 'venues'],
        retention: { amount: 0, unit: 'days', from: 'account_erasure' },
      },
      {
        key: 'verifications',
        legalBasis: 'art6_1f',
        dataCategories: ['card_pseudonym', 'usage'],
        subjects: ['residents'],
        recipients: ['venues'],
        retention: { amount: this.config.venues.verificationRetentionDays, unit: 'days', from: 'verification' },
      },
      {
        key: 'payments',
        legalBasis: 'art6_1c',
        dataCategories: ['payment'],
        subjects: ['residents', 'founders'],
        recipients: ['city', 'payment_provider'],
        retention: { amount: privacy.paymentYears, unit: 'years', from: 'payment' },
      },
      {
        key: 'companies',
        legalBasis: 'art6_1e',
        dataCategories: ['identity', 'company'],
        subjects: ['founders'],
        recipients: ['city', 'partner_banks', 'register_courts'],
        retention: { amount: privacy.caseRecordYears, unit: 'years', from: 'decision' },
      },
      {
        key: 'notifications',
        legalBasis: 'art6_1b',
        dataCategories: ['contact', 'usage'],
        subjects: ['residents', 'founders', 'staff'],
        recipients: ['city', 'email_provider'],
        retention: { amount: privacy.notificationDays, unit: 'days', from: 'sending' },
      },
      {
        key: 'participation',
        legalBasis: 'art6_1a',
        dataCategories: ['contact', 'usage'],
        subjects: ['residents'],
        recipients: ['city'],
        retention: { amount: 0, unit: 'days', from: 'account_erasure' },
      },
      {
        key: 'appointments',
        legalBasis: 'art6_1e',
        dataCategories: ['contact', 'appointment', 'case_link'],
        subjects: ['residents', 'founders', 'staff'],
        recipients: ['city', 'email_provider'],
        retention: { amount: 0, unit: 'days', from: 'account_erasure' },
      },
      {
        key: 'home_visits',
        legalBasis: 'art6_1a',
        dataCategories: ['visit_address', 'mobility'],
        subjects: ['residents', 'visited_persons'],
        recipients: ['city'],
        retention: { amount: 0, unit: 'days', from: 'account_erasure' },
      },
      {
        key: 'kiosk',
        legalBasis: 'art6_1e',
        dataCategories: ['kiosk_draft'],
        subjects: ['residents', 'founders'],
        recipients: ['city'],
        retention: { amount: this.config.kiosk.handoverMinutes, unit: 'minutes', from: 'handover' },
      },
      {
        // Signalling and chat of video consultations are relayed between the two participants and never stored;
        // the room token (bound to booking and account) is what lives longest.
        key: 'video_consultations',
        legalBasis: 'art6_1e',
        dataCategories: ['consultation_relay'],
        subjects: ['residents', 'founders', 'staff'],
        recipients: ['city'],
        retention: { amount: this.config.consultations.roomTokenMinutes, unit: 'minutes', from: 'room_token' },
      },
      {
        key: 'audit',
        legalBasis: 'art6_1c',
        dataCategories: ['usage'],
        subjects: ['residents', 'founders', 'staff'],
        recipients: ['city'],
        retention: { amount: privacy.caseRecordYears, unit: 'years', from: 'event' },
      },
    ];
  }
}
