import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { DomainException } from '../errors/domain.exception.js';
import { letterProblem, scanExtension, scanFacts, type LetterProblem, type ScanMediaType } from '../files/scanned-letter.js';
import type { StoredFileFolder } from '../files/stored-file-folder.js';
import { isUuid } from '../ids/is-uuid.js';
import type { MailDeskForwardingAddress, MailDeskLetterColumns } from './mail-desk-letter.columns.js';
import type { MailDeskHandling, MailDeskStatuses } from './mail-desk-status.js';

/** What can be wrong with a letter staff record: its sender and day, or its scan for the mailbox's handling. */
export type MailDeskProblem = LetterProblem | 'scan_type' | 'scan_required' | 'scan_not_allowed';

/** Each domain's own exceptions (message keys in its locale section, e.g. `addresses.scan_type`). */
export interface MailDeskErrors {
  invalid(field: 'sender' | 'receivedOn' | 'scan', problem: MailDeskProblem): Error;
  alreadyCompleted(): Error;
}

/** The errors from a domain's exception class (`invalidMail`, `mailAlreadyCompleted`) and its message key prefix. */
export function mailDeskErrors(
  exceptions: { invalidMail(field: string, messageKey: string): Error; mailAlreadyCompleted(): Error },
  keyPrefix: string,
): MailDeskErrors {
  return {
    invalid: (field, problem) => exceptions.invalidMail(field, `${keyPrefix}.${problem}`),
    alreadyCompleted: () => exceptions.mailAlreadyCompleted(),
  };
}

export interface MailDeskLetterInput {
  allocationId: string;
  sender: string;
  receivedOn: string;
  scan?: { content: Buffer };
}

/** A letter whose sender, day and scan passed the checks (the scan's type by content, size and SHA-256). */
export interface CheckedLetter {
  allocationId: string;
  sender: string;
  receivedOn: string;
  scan: { content: Buffer; mediaType: ScanMediaType; sizeBytes: number; sha256: string } | null;
}

/** A stored letter as the mail desk needs it: the shared columns with an id and a status. */
export type MailDeskLetter<S extends string> = MailDeskLetterColumns & { id: string; status: S; handling: MailDeskHandling };

export interface MailDeskOptions<S extends string> {
  dataSource: DataSource;
  storage: StoredFileFolder;
  audit: AuditService;
  errors: MailDeskErrors;
  statuses: MailDeskStatuses<S>;
  /** Audit actions are `<auditPrefix>.mail_recorded` and `<auditPrefix>.mail_completed`. */
  auditPrefix: string;
  /** The audit subject type of a letter, e.g. `resident_mail_item`. */
  subjectType: string;
}

/**
 * The mechanics every mail desk shares, whoever the mailbox belongs to: the checks of a letter and
 * its scan, the transaction that records it (the scan stored only with the row, removed again when
 * the transaction fails), completing a forwarded or held letter once, and the scan's download. The
 * domains keep their tables, their mailboxes, who may record and who may read.
 */
export class MailDesk<S extends string> {
  constructor(private readonly options: MailDeskOptions<S>) {}

  /** Sender, day and mailbox id of a letter, and its scan's type by content; nothing is stored yet. */
  async check(input: MailDeskLetterInput): Promise<CheckedLetter> {
    const sender = typeof input.sender === 'string' ? input.sender.trim() : '';
    const problem = letterProblem(sender, input.receivedOn);
    if (problem) throw this.options.errors.invalid(problem.field as 'sender' | 'receivedOn', problem.problem);
    if (!isUuid(input.allocationId)) throw DomainException.notFound();
    const facts = input.scan ? await scanFacts(input.scan.content) : null;
    if (input.scan && !facts) throw this.options.errors.invalid('scan', 'scan_type');
    return {
      allocationId: input.allocationId,
      sender,
      receivedOn: input.receivedOn,
      scan: input.scan && facts ? { content: input.scan.content, ...facts } : null,
    };
  }

  /**
   * Records a checked letter in one transaction: `store` finds the mailbox (and its handling, which
   * `columns` checks against the scan), saves the domain's row and tells the holder; the audit entry
   * follows, and the scan is written last, so a failed transaction leaves no file behind.
   */
  async record<T extends MailDeskLetter<S>>(
    actor: Actor,
    letter: CheckedLetter,
    store: (manager: EntityManager, columns: LetterColumnsOf<S>) => Promise<{ item: T; details?: Record<string, unknown> }>,
  ): Promise<T> {
    const storageKey = letter.scan ? this.options.storage.newKey() : null;
    try {
      return await this.options.dataSource.transaction(async (manager) => {
        const columns: LetterColumnsOf<S> = (handling, forwardingAddress) =>
          this.columns(actor, letter, storageKey, handling, forwardingAddress);
        const { item, details } = await store(manager, columns);
        await this.options.audit.record(
          {
            action: `${this.options.auditPrefix}.mail_recorded`,
            actorAccountId: actor.accountId,
            subjectType: this.options.subjectType,
            subjectId: item.id,
            details: { ...details, handling: item.handling, scanned: Boolean(letter.scan) },
          },
          manager,
        );
        if (storageKey && letter.scan) await this.options.storage.write(storageKey, letter.scan.content, letter.scan.mediaType);
        return item;
      });
    } catch (error) {
      if (storageKey) await this.options.storage.remove(storageKey);
      throw error;
    }
  }

  /** Staff: the letter was forwarded or picked up; once only (the row lock decides). */
  async complete<T extends MailDeskLetter<S>>(actor: Actor, target: EntityTarget<T>, itemId: string): Promise<T> {
    if (!isUuid(itemId)) throw DomainException.notFound();
    return this.options.dataSource.transaction(async (manager) => {
      const where = { id: itemId } as FindOptionsWhere<T>;
      const item = await manager.findOne(target, { where, lock: { mode: 'pessimistic_write' } });
      if (!item) throw DomainException.notFound();
      const next = this.options.statuses.completed[item.status];
      if (!next) throw this.options.errors.alreadyCompleted();
      const completedAt = new Date();
      await manager.update(target, where, { status: next, completedAt } as unknown as QueryDeepPartialEntity<T>);
      await this.options.audit.record(
        {
          action: `${this.options.auditPrefix}.mail_completed`,
          actorAccountId: actor.accountId,
          subjectType: this.options.subjectType,
          subjectId: item.id,
          details: { status: next },
        },
        manager,
      );
      return { ...item, status: next, completedAt };
    });
  }

  /** The scan's bytes and download name of a letter the caller may read (the domain checked that). */
  async scanOf(item: MailDeskLetter<S>): Promise<{ content: Buffer; mediaType: string; fileName: string }> {
    if (!item.scanStorageKey || !item.scanMediaType) throw DomainException.notFound();
    return {
      content: await this.options.storage.read(item.scanStorageKey),
      mediaType: item.scanMediaType,
      fileName: `letter-${item.receivedOn}-${item.id.slice(0, 8)}.${scanExtension(item.scanMediaType)}`,
    };
  }

  /** The shared columns of a new letter for the mailbox's handling; refuses a scan that does not fit it. */
  private columns(
    actor: Actor,
    letter: CheckedLetter,
    storageKey: string | null,
    handling: MailDeskHandling,
    forwardingAddress: MailDeskForwardingAddress | null,
  ): NewLetterColumns<S> {
    if (handling === 'scan' && !letter.scan) throw this.options.errors.invalid('scan', 'scan_required');
    if (handling !== 'scan' && letter.scan) throw this.options.errors.invalid('scan', 'scan_not_allowed');
    return {
      sender: letter.sender,
      receivedOn: letter.receivedOn,
      status: this.options.statuses.initial[handling],
      forwardingAddress: handling === 'forward' ? forwardingAddress : null,
      scanStorageKey: storageKey,
      scanMediaType: letter.scan?.mediaType ?? null,
      scanSizeBytes: letter.scan?.sizeBytes ?? null,
      scanSha256: letter.scan?.sha256 ?? null,
      recordedBy: actor.accountId,
      completedAt: handling === 'scan' ? new Date() : null,
    };
  }
}

export type NewLetterColumns<S extends string> = Pick<
  MailDeskLetterColumns,
  | 'sender'
  | 'receivedOn'
  | 'forwardingAddress'
  | 'scanStorageKey'
  | 'scanMediaType'
  | 'scanSizeBytes'
  | 'scanSha256'
  | 'recordedBy'
  | 'completedAt'
> & { status: S };

/** The shared columns of the letter being recorded, for the mailbox's handling and forwarding address. */
export type LetterColumnsOf<S extends string> = (
  handling: MailDeskHandling,
  forwardingAddress: MailDeskForwardingAddress | null,
) => NewLetterColumns<S>;
