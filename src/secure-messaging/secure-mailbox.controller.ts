import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { SecureMessageModel } from './models/secure-message.models.js';
import { contentDisposition, readMultipartForm } from './multipart-form.js';
import { SecureMailboxService } from './secure-mailbox.service.js';
import { SecureMessagingException } from './secure-messaging.exception.js';

const SIGNATURE_MAX_BYTES = 64 * 1024;

/**
 * Sending messages (multipart: text fields, the signature and the attachments in one request) and
 * downloading attachments and signed manifests. Reading threads is in GraphQL.
 */
@Controller('api/messaging')
export class SecureMailboxController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailbox: SecureMailboxService,
  ) {}

  /**
   * Fields `companyId` + `subject` (new thread) or `threadId` (reply), `body`; file parts
   * `signature` (DER, detached CMS over the manifest; company side only) and `attachment` (repeated).
   */
  @Post('messages')
  @HttpCode(201)
  @Authenticated()
  async send(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<SecureMessageModel> {
    const { attachmentMaxBytes, attachmentMaxFiles } = this.config.messaging;
    const form = await readMultipartForm(
      request,
      { fileSize: attachmentMaxBytes, files: attachmentMaxFiles + 1, fields: 6, fieldSize: 100_000 },
      () => SecureMessagingException.attachmentTooLarge(attachmentMaxBytes),
      () => SecureMessagingException.tooManyAttachments(attachmentMaxFiles),
    );
    const signature = form.files.find((file) => file.field === 'signature');
    if (signature && signature.content.length > SIGNATURE_MAX_BYTES) throw SecureMessagingException.notASignature();
    const message = await this.mailbox.send(actor, {
      companyId: form.fields.get('companyId'),
      threadId: form.fields.get('threadId') || undefined,
      subject: form.fields.get('subject'),
      body: form.fields.get('body') ?? '',
      signature: signature?.content,
      attachments: form.files
        .filter((file) => file.field === 'attachment')
        .map((file) => ({ fileName: file.fileName, content: file.content })),
    });
    return SecureMessageModel.from(message, (await this.mailbox.thread(actor, message.threadId)).subject);
  }

  @Get('attachments/:attachmentId')
  @Authenticated()
  async attachment(
    @CurrentActor() actor: Actor,
    @Param('attachmentId') attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { attachment, content } = await this.mailbox.openAttachment(actor, attachmentId);
    this.download(reply, attachment.mediaType, attachment.fileName);
    return content;
  }

  @Get('messages/:messageId/content.json')
  @Authenticated()
  async signedContent(
    @CurrentActor() actor: Actor,
    @Param('messageId') messageId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const message = await this.mailbox.signedMessage(actor, messageId);
    this.download(reply, 'application/json', `message-${message.id}.json`);
    return message.signedContent;
  }

  @Get('messages/:messageId/signature.p7s')
  @Authenticated()
  async signature(
    @CurrentActor() actor: Actor,
    @Param('messageId') messageId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const message = await this.mailbox.signedMessage(actor, messageId);
    this.download(reply, 'application/pkcs7-signature', `message-${message.id}.json.p7s`);
    return message.signatureDer;
  }

  private download(reply: FastifyReply, mediaType: string, fileName: string): void {
    void reply
      .header('content-type', mediaType)
      .header('content-disposition', contentDisposition(fileName))
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', "default-src 'none'; sandbox");
  }
}
