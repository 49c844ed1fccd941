import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { electronicFormatIBAN, extractIBAN, isValidIBAN } from 'ibantools';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import { ClusterEvents } from '../../common/cluster-events/index.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { publishJourneyChanged } from '../../companies/index.js';
import { BankApplicantNotifier } from '../bank-applicant-notifier.js';
import { BANK_APPLICATION_STATUS_CHANGED } from '../banking-events.js';
import { BankingException } from '../banking.exception.js';
import { BankAccountApplication, BankAccountApplicationStatus as Status } from '../entities/bank-account-application.entity.js';
import { BankDocumentRequestStatus } from '../entities/bank-document-request.entity.js';
import type { PartnerBank } from '../entities/partner-bank.entity.js';
import { PartnerBanks } from '../partner-banks.service.js';
import { verifyBankSignature } from '../signature/bank-signature.js';
import { bankWebhookEnvelope, declinedData, documentsRequestedData, openedData, type BankWebhookEnvelope } from './bank-webhook.schema.js';
import { isBankEventType, transitionFor } from './status-transition.js';

export interface BankWebhookReceipt {
  received: true;
  duplicate?: true;
  outcome: string;
}

/** An IBAN counts only when valid, German, and at the bank that sends it. */
export function acceptableIban(candidate: string, bank: PartnerBank): string | null {
  const iban = electronicFormatIBAN(candidate);
  if (!iban || !isValidIBAN(iban)) return null;
  const parts = extractIBAN(iban);
  return parts.countryCode === 'DE' && parts.bban?.startsWith(bank.bankCode) ? iban : null;
}

/**
 * Receives the banks' webhooks: signature over the raw body (401 otherwise), each event id once per
 * bank (a replay is acknowledged and changes nothing), and a status moves only forwards on a higher
 * sequence, so late or reordered deliveries never overwrite a later state.
 */
@Injectable()
export class BankWebhookService {
  private readonly logger = new Logger('BankWebhooks');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly banks: PartnerBanks,
    private readonly notifier: BankApplicantNotifier,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly cluster: ClusterEvents,
  ) {}

  async receive(bankCode: string, rawBody: Buffer | undefined, signature: string | string[] | undefined): Promise<BankWebhookReceipt> {
    const bank = await this.banks.byCode(bankCode);
    if (!bank || !bank.active) throw BankingException.signatureRefused('UNKNOWN_BANK');
    const check = verifyBankSignature(signature, rawBody, this.banks.webhookSecretOf(bank));
    if (check !== 'valid') {
      this.logger.warn(`webhook from ${bank.code} refused: ${check}`);
      throw BankingException.signatureRefused(`SIGNATURE_${check.toUpperCase()}`);
    }
    const event = this.parse(rawBody!);
    return this.dataSource.transaction(async (manager) => {
      const applicationId = isUuid(event.applicationReference) ? event.applicationReference : null;
      const recorded: unknown[] = await manager.query(
        `INSERT INTO bank_webhook_events (bank_id, event_id, type, application_id, sequence, outcome)
         VALUES ($1, $2, $3, $4, $5, 'received') ON CONFLICT (bank_id, event_id) DO NOTHING RETURNING id`,
        [bank.id, event.eventId, event.type, applicationId, event.sequence],
      );
      if (recorded.length === 0) return { received: true, duplicate: true, outcome: 'duplicate' } as const;
      const outcome = await this.apply(manager, bank, event, applicationId);
      await manager.query('UPDATE bank_webhook_events SET outcome = $1 WHERE bank_id = $2 AND event_id = $3', [
        outcome,
        bank.id,
        event.eventId,
      ]);
      return { received: true, outcome } as const;
    });
  }

  private async apply(
    manager: EntityManager,
    bank: PartnerBank,
    event: BankWebhookEnvelope,
    applicationId: string | null,
  ): Promise<string> {
    if (!isBankEventType(event.type)) return 'ignored_type';
    const application = applicationId
      ? await manager.findOne(BankAccountApplication, {
          where: { id: applicationId, bankId: bank.id },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!application) return 'unknown_application';
    const next = transitionFor(application, { type: event.type, sequence: event.sequence });
    if (!next) return 'ignored_out_of_order';
    const changes: Partial<
      Pick<BankAccountApplication, 'status' | 'lastSequence' | 'statusChangedAt' | 'bankReference' | 'iban' | 'declineReason' | 'decidedAt'>
    > = { status: next, lastSequence: event.sequence, statusChangedAt: new Date() };
    const bankReference = typeof event.data.bankReference === 'string' ? event.data.bankReference.slice(0, 100) : null;
    if (bankReference && !application.bankReference) changes.bankReference = bankReference;
    let notice: { kind: 'account_opened' | 'account_declined' | 'documents_requested'; reason?: string; message?: string } | null = null;

    if (next === Status.opened) {
      const data = openedData.safeParse(event.data);
      const iban = data.success ? acceptableIban(data.data.iban, bank) : null;
      if (!iban) {
        this.logger.error(`bank ${bank.code} reported an unacceptable IBAN for application ${application.id}; not applied`);
        return 'invalid_iban';
      }
      Object.assign(changes, { iban, decidedAt: new Date() });
      notice = { kind: 'account_opened' };
    } else if (next === Status.declined) {
      const data = declinedData.safeParse(event.data);
      if (!data.success) return 'invalid_data';
      Object.assign(changes, { declineReason: data.data.reason, decidedAt: new Date() });
      notice = { kind: 'account_declined', reason: data.data.reason };
    } else if (next === Status.documents_requested) {
      const data = documentsRequestedData.safeParse(event.data);
      if (!data.success) return 'invalid_data';
      await manager.query(
        `INSERT INTO bank_document_requests (application_id, bank_request_id, document_kind, bank_message, status)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (application_id, bank_request_id) DO NOTHING`,
        [application.id, data.data.requestId, data.data.documentKind, data.data.message, BankDocumentRequestStatus.open],
      );
      notice = { kind: 'documents_requested', message: data.data.message };
    }

    await manager.update(BankAccountApplication, { id: application.id }, changes);
    const updated = { ...application, ...changes } as BankAccountApplication;
    await this.audit.record(
      {
        action: 'banking.application_status_changed',
        subjectType: 'bank_account_application',
        subjectId: application.id,
        details: { bank: bank.code, eventId: event.eventId, sequence: event.sequence, from: application.status, to: next },
      },
      manager,
    );
    await this.events.publish(manager, BANK_APPLICATION_STATUS_CHANGED, {
      applicationId: application.id,
      companyId: application.companyId,
      status: next,
    });
    // The founder's dashboard shows the bank's decision the moment this commits.
    await publishJourneyChanged(this.cluster, manager, application.companyId);
    if (notice) await this.notifier.notify(manager, updated, bank, notice.kind, notice);
    return `applied:${next}`;
  }

  private parse(rawBody: Buffer): BankWebhookEnvelope {
    try {
      return bankWebhookEnvelope.parse(JSON.parse(rawBody.toString('utf8')));
    } catch {
      throw BankingException.malformedPayload();
    }
  }
}
