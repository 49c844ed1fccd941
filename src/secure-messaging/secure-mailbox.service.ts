import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fileTypeFromBuffer } from 'file-type';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import { hasRole, type Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { stripUnsafeNameCharacters, uploadFileName } from '../common/files/upload-file-name.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { CompanyAccess } from '../companies/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AuthoritySigner, PkiTrustAnchors } from '../pki/index.js';
import { MessageAttachmentStorage } from './attachment-storage.js';
import { SecureAttachment } from './entities/secure-attachment.entity.js';
import { SecureMessage } from './entities/secure-message.entity.js';
import { SecureThread } from './entities/secure-thread.entity.js';
import { messageManifest, normaliseBody } from './message-manifest.js';
import { MailboxNotifier } from './mailbox-notifier.js';
import { SecureMessagingException } from './secure-messaging.exception.js';
import { MessageSender, SignatureVerdict } from './signature-verdict.js';
import { verifyCmsSignature, type VerificationResult } from './signature-verifier.js';

export const MAILBOX_STAFF_ROLES = [Role.staff_economic_development, Role.admin];
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const SUBJECT_MAX = 200;
const BODY_MAX = 20_000;

export interface IncomingAttachment {
  fileName: string;
  content: Buffer;
}

export interface SendRequest {
  companyId?: string;
  threadId?: string;
  subject?: string;
  body: string;
  /** The browser's detached CMS signature over the manifest (company messages only). */
  signature?: Buffer;
  attachments: IncomingAttachment[];
}

export interface Page<T> {
  items: (T & { cursor: string })[];
  hasNextPage: boolean;
}

/** A name fit to show and to offer as a download name; never used as a path. */
function displayName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  return stripUnsafeNameCharacters(base).trim().slice(0, 200) || 'attachment';
}

/**
 * The secure mailbox between companies and the economic development office. Company messages
 * carry the browser's signature, office replies are signed with the office's certificate; both
 * are verified on receipt and the verdict is stored with the message.
 */
@Injectable()
export class SecureMailboxService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anchors: PkiTrustAnchors,
    private readonly officeSigner: AuthoritySigner,
    private readonly access: CompanyAccess,
    private readonly storage: MessageAttachmentStorage,
    private readonly audit: AuditService,
    private readonly notifier: MailboxNotifier,
  ) {}

  async send(actor: Actor, request: SendRequest): Promise<SecureMessage> {
    const { thread, side } = await this.resolveThread(actor, request);
    const body = normaliseBody(request.body ?? '');
    if (!body.trim()) throw SecureMessagingException.invalid('body', 'messaging.body_required');
    if (body.length > BODY_MAX) throw SecureMessagingException.invalid('body', 'messaging.body_too_long', { max: BODY_MAX });
    const attachments = await this.checkAttachments(request.attachments);
    const manifest = messageManifest({
      companyId: thread.companyId,
      subject: thread.subject,
      body,
      attachments: attachments.map((attachment) => ({ name: attachment.fileName, sha256: attachment.sha256 })),
    });

    let signature: Buffer;
    if (side === MessageSender.company) {
      if (!request.signature?.length) throw SecureMessagingException.signatureRequired();
      signature = request.signature;
    } else {
      signature = (await this.officeSigner.signDetached('economic_development', manifest)).signatureDer;
    }
    const receivedAt = new Date();
    const result = await verifyCmsSignature(signature, this.anchors, {
      content: manifest,
      at: receivedAt,
      clockSkewSeconds: this.config.messaging.clockSkewSeconds,
      signingWindowSeconds: this.config.messaging.signingWindowSeconds,
    });
    const verdict = this.senderMismatch(actor, thread, side, result) ?? result;

    const keys: string[] = [];
    try {
      for (const attachment of attachments) {
        const key = this.storage.newKey();
        await this.storage.write(key, attachment.content);
        keys.push(key);
      }
      return await this.dataSource.transaction(async (manager) => {
        if (!thread.id) {
          thread.lastMessageAt = receivedAt;
          Object.assign(thread, await manager.save(manager.create(SecureThread, thread)));
        }
        const message = await manager.save(
          manager.create(SecureMessage, {
            threadId: thread.id,
            sender: side,
            authorAccountId: actor.accountId,
            body,
            signedContent: manifest,
            signatureDer: signature,
            verdict: verdict.verdict,
            verdictReason: verdict.reason,
            signerCommonName: verdict.signer?.commonName ?? null,
            signerOrganization: verdict.signer?.organization ?? null,
            signerSerial: verdict.signer?.serialHex ?? null,
            signedAt: verdict.signingTime,
            receivedAt,
          }),
        );
        await manager.insert(
          SecureAttachment,
          attachments.map((attachment, position) => ({
            messageId: message.id,
            position,
            // The signed manifest keeps the name as sent; the stored one has the detected type's extension.
            fileName: uploadFileName(attachment.fileName, attachment.mediaType, 'attachment'),
            mediaType: attachment.mediaType,
            sizeBytes: attachment.content.length,
            sha256: attachment.sha256,
            storageKey: keys[position],
          })),
        );
        await manager
          .createQueryBuilder()
          .update(SecureThread)
          .set({ lastMessageAt: receivedAt, messageCount: () => 'message_count + 1' })
          .where('id = :id', { id: thread.id })
          .execute();
        if (side === MessageSender.office) {
          await this.audit.record(
            {
              action: 'secure_messaging.office_message_sent',
              actorAccountId: actor.accountId,
              subjectType: 'secure_thread',
              subjectId: thread.id,
              details: { messageId: message.id, companyId: thread.companyId },
            },
            manager,
          );
        }
        await this.notifier.newMessage(manager, thread, message);
        return message;
      });
    } catch (error) {
      await Promise.all(keys.map((key) => this.storage.remove(key)));
      throw error;
    }
  }

  /** The threads of one company, most recently active first. */
  async companyThreads(actor: Actor, companyId: string, first: number, after?: string): Promise<Page<SecureThread>> {
    await this.requireCompanyReader(actor, companyId);
    return this.threadPage(first, after, companyId);
  }

  /** Every company's threads, for the economic development office. */
  async staffThreads(actor: Actor, first: number, after?: string): Promise<Page<SecureThread>> {
    if (!hasRole(actor, ...MAILBOX_STAFF_ROLES)) throw SecureMessagingException.mailboxNotFound();
    return this.threadPage(first, after);
  }

  async thread(actor: Actor, threadId: string): Promise<SecureThread> {
    return (await this.readableThread(actor, threadId)).thread;
  }

  /** A thread's messages, oldest first; a staff read is audited. */
  async messages(actor: Actor, threadId: string, first: number, after?: string): Promise<Page<SecureMessage>> {
    const { thread, side } = await this.readableThread(actor, threadId);
    if (side === MessageSender.office) {
      await this.audit.record({
        action: 'secure_messaging.thread_read',
        actorAccountId: actor.accountId,
        subjectType: 'secure_thread',
        subjectId: thread.id,
        details: { companyId: thread.companyId },
      });
    }
    const query = this.dataSource.manager.createQueryBuilder(SecureMessage, 'm').where('m.thread_id = :threadId', { threadId: thread.id });
    if (after) {
      const cursor = decodeCursor(after);
      query.andWhere('(m.received_at, m.id) > (:at, :id)', { at: cursor.createdAt, id: cursor.id });
    }
    const rows = await query
      .orderBy('m.received_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .take(first + 1)
      .getMany();
    return this.page(rows, first, (row) => row.receivedAt);
  }

  /** The office's latest messages to a company (for the journey's summary). */
  async latestOfficeMessages(actor: Actor, companyId: string, first: number): Promise<(SecureMessage & { subject: string })[]> {
    await this.requireCompanyReader(actor, companyId);
    const rows = await this.dataSource.manager
      .createQueryBuilder(SecureMessage, 'm')
      .innerJoinAndSelect('m.thread', 't')
      .where('t.company_id = :companyId', { companyId })
      .andWhere('m.sender = :sender', { sender: MessageSender.office })
      .orderBy('m.received_at', 'DESC')
      .take(Math.min(Math.max(first, 1), 20))
      .getMany();
    return rows.map((row) => Object.assign(row, { subject: row.thread!.subject }));
  }

  /** An attachment's bytes, for those who may read its thread. */
  async openAttachment(actor: Actor, attachmentId: string): Promise<{ attachment: SecureAttachment; content: Buffer }> {
    if (!isUuid(attachmentId)) throw SecureMessagingException.mailboxNotFound();
    const attachment = await this.dataSource.manager.findOne(SecureAttachment, {
      where: { id: attachmentId },
      relations: { message: true },
    });
    if (!attachment) throw SecureMessagingException.mailboxNotFound();
    const { side, thread } = await this.readableThread(actor, attachment.message!.threadId);
    if (side === MessageSender.office) {
      await this.audit.record({
        action: 'secure_messaging.attachment_read',
        actorAccountId: actor.accountId,
        subjectType: 'secure_attachment',
        subjectId: attachment.id,
        details: { companyId: thread.companyId },
      });
    }
    return { attachment, content: await this.storage.read(attachment.storageKey) };
  }

  /** The signed manifest and the signature of a message, so anyone can check it again elsewhere. */
  async signedMessage(actor: Actor, messageId: string): Promise<SecureMessage> {
    if (!isUuid(messageId)) throw SecureMessagingException.mailboxNotFound();
    const message = await this.dataSource.manager.findOne(SecureMessage, { where: { id: messageId } });
    if (!message) throw SecureMessagingException.mailboxNotFound();
    const { side, thread } = await this.readableThread(actor, message.threadId);
    if (side === MessageSender.office) {
      await this.audit.record({
        action: 'secure_messaging.signed_content_read',
        actorAccountId: actor.accountId,
        subjectType: 'secure_message',
        subjectId: message.id,
        details: { companyId: thread.companyId },
      });
    }
    return message;
  }

  attachmentsOf(messageIds: readonly string[]): Promise<SecureAttachment[]> {
    if (messageIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(SecureAttachment, 'a')
      .where('a.message_id IN (:...ids)', { ids: messageIds })
      .orderBy('a.position', 'ASC')
      .getMany();
  }

  /** The newest message of each thread, in one query (DataLoader batch). */
  latestMessagesOf(threadIds: readonly string[]): Promise<SecureMessage[]> {
    if (threadIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(SecureMessage, 'm')
      .distinctOn(['m.thread_id'])
      .where('m.thread_id IN (:...ids)', { ids: threadIds })
      .orderBy('m.thread_id')
      .addOrderBy('m.received_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .getMany();
  }

  subjectsOf(threadIds: readonly string[]): Promise<SecureThread[]> {
    if (threadIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.createQueryBuilder(SecureThread, 't').where('t.id IN (:...ids)', { ids: threadIds }).getMany();
  }

  private async threadPage(first: number, after: string | undefined, companyId?: string): Promise<Page<SecureThread>> {
    const query = this.dataSource.manager.createQueryBuilder(SecureThread, 't');
    if (companyId) query.where('t.company_id = :companyId', { companyId });
    if (after) {
      const cursor = decodeCursor(after);
      query.andWhere(
        new Brackets((where) => where.where('(t.last_message_at, t.id) < (:at, :id)', { at: cursor.createdAt, id: cursor.id })),
      );
    }
    const rows = await query
      .orderBy('t.last_message_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .take(first + 1)
      .getMany();
    return this.page(rows, first, (row) => row.lastMessageAt);
  }

  private page<T extends { id: string }>(rows: T[], first: number, at: (row: T) => Date): Page<T> {
    const items = rows
      .slice(0, first)
      .map((row) => Object.assign(row, { cursor: encodeCursor({ createdAt: at(row).toISOString(), id: row.id }) }));
    return { items, hasNextPage: rows.length > first };
  }

  private async requireCompanyReader(actor: Actor, companyId: string, manager?: EntityManager): Promise<MessageSender> {
    if (!isUuid(companyId)) throw SecureMessagingException.mailboxNotFound();
    let role: 'representative' | 'staff';
    try {
      role = await this.access.requireReader(actor, companyId, manager);
    } catch (error) {
      // Whatever the companies domain says, the mailbox answers with its one NOT_FOUND.
      if (error instanceof DomainException && error.code === ErrorCode.NOT_FOUND) throw SecureMessagingException.mailboxNotFound();
      throw error;
    }
    return role === 'staff' ? MessageSender.office : MessageSender.company;
  }

  /** NOT_FOUND alike (same code, message and status) for unknown, malformed and other companies' ids. */
  private async readableThread(actor: Actor, threadId: string): Promise<{ thread: SecureThread; side: MessageSender }> {
    if (!isUuid(threadId)) throw SecureMessagingException.mailboxNotFound();
    const thread = await this.dataSource.manager.findOne(SecureThread, { where: { id: threadId } });
    if (!thread) throw SecureMessagingException.mailboxNotFound();
    return { thread, side: await this.requireCompanyReader(actor, thread.companyId) };
  }

  private async resolveThread(actor: Actor, request: SendRequest): Promise<{ thread: SecureThread; side: MessageSender }> {
    if (request.threadId) return this.readableThread(actor, request.threadId);
    const companyId = request.companyId ?? '';
    const side = await this.requireCompanyReader(actor, companyId);
    const subject = (request.subject ?? '').replace(/\s+/g, ' ').trim();
    if (!subject) throw SecureMessagingException.invalid('subject', 'messaging.subject_required');
    if (subject.length > SUBJECT_MAX) throw SecureMessagingException.invalid('subject', 'messaging.subject_too_long', { max: SUBJECT_MAX });
    const thread = new SecureThread();
    Object.assign(thread, { companyId, subject, office: 'economic_development', createdByAccountId: actor.accountId, messageCount: 0 });
    return { thread, side };
  }

  private async checkAttachments(files: IncomingAttachment[]): Promise<(IncomingAttachment & { mediaType: string; sha256: string })[]> {
    const { attachmentMaxBytes, attachmentMaxFiles } = this.config.messaging;
    if (files.length > attachmentMaxFiles) throw SecureMessagingException.tooManyAttachments(attachmentMaxFiles);
    const checked = [];
    for (const file of files) {
      if (file.content.length > attachmentMaxBytes) throw SecureMessagingException.attachmentTooLarge(attachmentMaxBytes);
      const detected = await fileTypeFromBuffer(file.content);
      if (!detected || !ATTACHMENT_TYPES.includes(detected.mime)) throw SecureMessagingException.attachmentType(displayName(file.fileName));
      checked.push({ ...file, mediaType: detected.mime, sha256: createHash('sha256').update(file.content).digest('hex') });
    }
    return checked;
  }

  /** A company message must be signed by the sender's own certificate for this company. */
  private senderMismatch(actor: Actor, thread: SecureThread, side: MessageSender, result: VerificationResult): VerificationResult | null {
    if (side !== MessageSender.company || result.verdict === SignatureVerdict.unknown_signer || !result.signer) return null;
    if (result.signer.accountId === actor.accountId && result.signer.companyId === thread.companyId) return null;
    return { ...result, verdict: SignatureVerdict.invalid, reason: 'signer_is_not_sender' };
  }
}
