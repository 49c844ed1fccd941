import { Injectable } from '@nestjs/common';
import type { MailAttachmentRef } from './mail.port.js';

export interface RenderedAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** Makes the file of an attachment in the recipient's language, when the e-mail is sent. */
export type AttachmentRenderer = (ref: string, language: string) => Promise<RenderedAttachment>;

/**
 * The renderers of e-mail attachments, by kind (e.g. `payments.receipt`). A domain whose e-mails
 * carry a document registers its renderer at start; the outbox stores only the kind and a reference,
 * so the document is made in the language the e-mail goes out in.
 */
@Injectable()
export class EmailAttachments {
  private readonly renderers = new Map<string, AttachmentRenderer>();

  register(kind: string, renderer: AttachmentRenderer): void {
    if (this.renderers.has(kind)) throw new Error(`An attachment renderer for ${kind} is registered already`);
    this.renderers.set(kind, renderer);
  }

  render(attachment: MailAttachmentRef, language: string): Promise<RenderedAttachment> {
    const renderer = this.renderers.get(attachment.kind);
    if (!renderer) throw new Error(`No attachment renderer for ${attachment.kind}`);
    return renderer(attachment.ref, language);
  }
}
