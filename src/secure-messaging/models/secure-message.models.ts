import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.js';
import type { SecureAttachment } from '../entities/secure-attachment.entity.js';
import type { SecureMessage } from '../entities/secure-message.entity.js';
import type { SecureThread } from '../entities/secure-thread.entity.js';
import { MessageSender, SignatureVerdict } from '../signature-verdict.js';

@ObjectType('SecureAttachment')
export class SecureAttachmentModel {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field({ description: 'Detected from the content: application/pdf, image/jpeg or image/png.' })
  mediaType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'SHA-256 of the file (hex); part of the signed manifest.' })
  sha256: string;

  @Field({ description: 'GET with the access token as Bearer to download the file.' })
  downloadPath: string;

  static from(row: SecureAttachment): SecureAttachmentModel {
    return Object.assign(new SecureAttachmentModel(), {
      id: row.id,
      fileName: row.fileName,
      mediaType: row.mediaType,
      sizeBytes: row.sizeBytes,
      sha256: row.sha256,
      downloadPath: `/api/messaging/attachments/${row.id}`,
    });
  }
}

@ObjectType('MessageSigner', { description: 'Who signed, from the signer certificate.' })
export class MessageSignerModel {
  @Field(() => String, { nullable: true })
  commonName: string | null;

  @Field(() => String, { nullable: true })
  organization: string | null;

  @Field(() => String, { nullable: true, description: 'Serial number of the certificate (hex).' })
  serialNumber: string | null;
}

@ObjectType('SecureMessage')
export class SecureMessageModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  threadId: string;

  @Field({ description: 'The subject of the thread.' })
  subject: string;

  @Field(() => MessageSender)
  sender: MessageSender;

  @Field()
  body: string;

  @Field({ description: 'When the server received the message.' })
  sentAt: Date;

  @Field(() => Date, { nullable: true, description: 'The signing time stated in the signature.' })
  signedAt: Date | null;

  @Field(() => SignatureVerdict, { description: 'The server’s verdict on the signature, made on receipt.' })
  verdict: SignatureVerdict;

  @Field(() => String, { nullable: true, description: 'Why the verdict is not valid (a stable code).' })
  verdictReason: string | null;

  @Field(() => MessageSignerModel, { nullable: true })
  signer: MessageSignerModel | null;

  @Field({ description: 'GET: the signed manifest (JSON); with …/signature.p7s anyone can check it at /verify-signature.' })
  signedContentPath: string;

  @Field()
  signaturePath: string;

  static from(row: SecureMessage, subject?: string): SecureMessageModel {
    return Object.assign(new SecureMessageModel(), {
      id: row.id,
      threadId: row.threadId,
      subject: subject ?? row.thread?.subject,
      sender: row.sender,
      body: row.body,
      sentAt: row.receivedAt,
      signedAt: row.signedAt,
      verdict: row.verdict,
      verdictReason: row.verdictReason,
      signer:
        row.signerSerial || row.signerCommonName
          ? Object.assign(new MessageSignerModel(), {
              commonName: row.signerCommonName,
              organization: row.signerOrganization,
              serialNumber: row.signerSerial,
            })
          : null,
      signedContentPath: `/api/messaging/messages/${row.id}/content.json`,
      signaturePath: `/api/messaging/messages/${row.id}/signature.p7s`,
    });
  }
}

@ObjectType('SecureThread')
export class SecureThreadModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  companyId: string;

  @Field()
  subject: string;

  @Field()
  createdAt: Date;

  @Field()
  lastMessageAt: Date;

  @Field(() => Int)
  messageCount: number;

  cursor?: string;

  static from(row: SecureThread & { cursor?: string }): SecureThreadModel {
    return Object.assign(new SecureThreadModel(), {
      id: row.id,
      companyId: row.companyId,
      subject: row.subject,
      createdAt: row.createdAt,
      lastMessageAt: row.lastMessageAt,
      messageCount: row.messageCount,
      cursor: row.cursor,
    });
  }
}

export const SecureThreadConnection = Connection(SecureThreadModel, 'SecureThreadConnection');
export const SecureMessageConnection = Connection(SecureMessageModel, 'SecureMessageConnection');
