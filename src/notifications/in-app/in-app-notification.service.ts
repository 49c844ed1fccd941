import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { renderParams, type MessageParams } from '../../common/i18n/message-params.js';
import { Translator } from '../../common/i18n/translator.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { ClusterEvents } from '../../common/cluster-events/index.js';
import { InAppNotification } from './in-app-notification.entity.js';
import { NOTIFICATIONS_CHANGED, type NotificationsChanged } from './notification-events.js';

export interface RenderedNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read: boolean;
  createdAt: Date;
  cursor: string;
}

/**
 * In-app notifications: created by domain events beside the e-mail, read by their owner only, and
 * rendered when read, in the reader's current language (the actor's language comes from the
 * database on each request, see SessionCheck).
 */
@Injectable()
export class InAppNotificationService {
  private readonly logger = new Logger(InAppNotificationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly translator: Translator,
    private readonly cluster: ClusterEvents,
  ) {}

  /** Creates a notification for `accountId` inside the caller's transaction; open pages hear of it when that commits. */
  async notify(manager: EntityManager, accountId: string, kind: string, params: MessageParams = {}, link?: string): Promise<void> {
    const { identifiers } = await manager.insert(InAppNotification, { accountId, kind, params, link: link ?? null });
    const event: NotificationsChanged = { accountId, notificationId: String(identifiers[0]?.id) };
    await this.cluster.publishOnCommit(manager, NOTIFICATIONS_CHANGED, { ...event });
  }

  /** One of the actor's own notifications, or null (another account's id is not found). */
  async findOwn(actor: Actor, id: string): Promise<RenderedNotification | null> {
    const row = await this.dataSource.manager.findOneBy(InAppNotification, { id, accountId: actor.accountId });
    return row ? this.render(row, actor.language) : null;
  }

  async list(actor: Actor, first: number, after?: string): Promise<{ items: RenderedNotification[]; hasNextPage: boolean }> {
    const query = this.dataSource.manager
      .createQueryBuilder(InAppNotification, 'n')
      .where('n.account_id = :accountId', { accountId: actor.accountId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(first + 1);
    if (after) {
      const { createdAt, id } = decodeCursor(after);
      // Cursors carry milliseconds; PostgreSQL keeps microseconds.
      query.andWhere("(date_trunc('milliseconds', n.created_at), n.id) < (:createdAt, :id)", { createdAt, id });
    }
    const rows = await query.getMany();
    return { items: rows.slice(0, first).map((row) => this.render(row, actor.language)), hasNextPage: rows.length > first };
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource.manager.countBy(InAppNotification, { accountId: actor.accountId, readAt: IsNull() });
  }

  async markRead(actor: Actor, id: string): Promise<RenderedNotification> {
    const notification = await this.dataSource.manager.findOneBy(InAppNotification, { id, accountId: actor.accountId });
    if (!notification) throw DomainException.notFound();
    if (!notification.readAt) {
      notification.readAt = new Date();
      await this.dataSource.manager.update(InAppNotification, { id }, { readAt: notification.readAt });
      await this.announceRead(actor);
    }
    return this.render(notification, actor.language);
  }

  async markAllRead(actor: Actor): Promise<number> {
    const result = await this.dataSource.manager.update(
      InAppNotification,
      { accountId: actor.accountId, readAt: IsNull() },
      { readAt: new Date() },
    );
    if (result.affected) await this.announceRead(actor);
    return result.affected ?? 0;
  }

  /** Other open pages of the account update their unread count. */
  private async announceRead(actor: Actor): Promise<void> {
    const event: NotificationsChanged = { accountId: actor.accountId };
    // At most once, like every live update: a page that misses it corrects itself on its next read.
    await this.cluster.publish(NOTIFICATIONS_CHANGED, { ...event }).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'could not announce read notifications');
    });
  }

  private render(row: InAppNotification, language: string): RenderedNotification {
    const params = renderParams(this.translator, language, row.params);
    return {
      id: row.id,
      kind: row.kind,
      title: this.translator.t(language, `notifications:${row.kind}.title`, params),
      body: this.translator.t(language, `notifications:${row.kind}.body`, params),
      link: row.link,
      read: row.readAt !== null,
      createdAt: row.createdAt,
      cursor: encodeCursor({ createdAt: row.createdAt.toISOString(), id: row.id }),
    };
  }
}
