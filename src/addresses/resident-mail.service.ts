import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import { hasRole, type Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { MailDesk, mailDeskErrors, type MailDeskLetterInput } from '../common/mail-desk/index.js';
import { param } from '../common/i18n/message-params.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { decodeCursor } from '../common/pagination/cursor.js';
import { AccountNotifications } from '../notifications/index.js';
import { AddressPoolPurpose } from './address-pool-purpose.js';
import { AddressesException } from './addresses.exception.js';
import { mailboxLabel, parseMailbox } from './din5008-address.js';
import { AddressAllocation } from './entities/address-allocation.entity.js';
import { ResidentMailItem } from './entities/resident-mail-item.entity.js';
import { RESIDENT_MAIL_STATUSES, type ResidentMailStatus } from './resident-mail-status.js';
import { ResidentMailStorage } from './resident-mail-storage.js';

/** The citizens' office keeps residents' mailboxes; admins may stand in. */
export const RESIDENT_MAIL_STAFF_ROLES: readonly Role[] = [Role.staff_citizens_office, Role.admin];

export const RESIDENT_MAIL_PATH = '/address/mail';

/** An allocation with its pool loaded, and the mailbox label, e.g. `Fach BO-00042`. */
export interface ResidentMailbox {
  allocation: AddressAllocation;
  mailbox: string;
  recentItems: ResidentMailItem[];
}

export type ResidentLetterInput = MailDeskLetterInput;

/** Letters for residents' mailboxes: the citizens' office records them, the holder reads them. */
@Injectable()
export class ResidentMailService {
  private readonly desk: MailDesk<ResidentMailStatus>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    storage: ResidentMailStorage,
    private readonly notifications: AccountNotifications,
    private readonly audit: AuditService,
  ) {
    this.desk = new MailDesk({
      dataSource,
      storage,
      audit,
      errors: mailDeskErrors(AddressesException, 'addresses'),
      statuses: RESIDENT_MAIL_STATUSES,
      auditPrefix: 'address',
      subjectType: 'resident_mail_item',
    });
  }

  /** Staff: the mailbox written on an envelope, e.g. `Fach BO-00042` or `bo 42`, with its latest letters. */
  async lookUp(actor: Actor, mailbox: string, recent: number): Promise<ResidentMailbox> {
    requireResidentMailStaff(actor);
    if (!Number.isInteger(recent) || recent < 1 || recent > 100)
      throw DomainException.invalidInput([{ field: 'recent', constraint: 'range', messageKey: 'validation.invalid' }]);
    const parsed = parseMailbox(mailbox);
    if (!parsed) throw DomainException.notFound();
    const allocation = await this.dataSource.manager
      .createQueryBuilder(AddressAllocation, 'a')
      .innerJoinAndSelect('a.pool', 'p')
      .where('upper(p.mailbox_prefix) = :prefix AND p.purpose = :purpose', { prefix: parsed.prefix, purpose: AddressPoolPurpose.residents })
      .andWhere('a.mailbox_number = :number AND a.released_at IS NULL', { number: parsed.number })
      .getOne();
    if (!allocation) throw DomainException.notFound();
    // The look-up is recorded (who looked at whose mailbox) in the transaction that reads the letters.
    const recentItems = await this.dataSource.transaction(async (manager) => {
      await this.audit.record(
        {
          action: 'address.mailbox_viewed_by_staff',
          actorAccountId: actor.accountId,
          subjectType: 'address_allocation',
          subjectId: allocation.id,
        },
        manager,
      );
      return manager.find(ResidentMailItem, {
        where: { allocationId: allocation.id },
        order: { receivedAt: 'DESC', id: 'DESC' },
        take: recent,
      });
    });
    return { allocation, mailbox: labelOf(allocation), recentItems };
  }

  /** Staff: records a letter; a scan is required exactly when the holder chose scanning. */
  async record(actor: Actor, input: ResidentLetterInput): Promise<ResidentMailItem> {
    requireResidentMailStaff(actor);
    const letter = await this.desk.check(input);
    return this.desk.record(actor, letter, async (manager, columns) => {
      const allocation = await manager.findOne(AddressAllocation, {
        where: { id: letter.allocationId, releasedAt: IsNull() },
        relations: { pool: true },
      });
      if (!allocation || allocation.pool?.purpose !== AddressPoolPurpose.residents) throw DomainException.notFound();
      const handling = allocation.mailHandling;
      const item = await manager.save(
        manager.create(ResidentMailItem, {
          allocationId: allocation.id,
          holderAccountId: allocation.holderAccountId,
          handling,
          ...columns(handling, allocation.forwardingAddress),
        }),
      );
      const params = { sender: letter.sender, mailbox: param.ltr(labelOf(allocation)), receivedOn: param.date(letter.receivedOn) };
      await this.notifications.notify(manager, allocation.holderAccountId, {
        inApp: { kind: 'residentMail.received', params, link: RESIDENT_MAIL_PATH },
        email: {
          template: 'residentMail.received',
          params: { ...params, link: `${this.notifications.publicUrl}${RESIDENT_MAIL_PATH}` },
        },
      });
      return { item };
    });
  }

  /** Staff: the letter was forwarded or picked up (once; the row lock decides). */
  async complete(actor: Actor, itemId: string): Promise<ResidentMailItem> {
    requireResidentMailStaff(actor);
    return this.desk.complete(actor, ResidentMailItem, itemId);
  }

  /** The holder: their letters, newest first, each with its mailbox (one statement per page). */
  async inbox(actor: Actor, first: number, after?: string): Promise<{ items: ResidentMailItem[]; hasNextPage: boolean }> {
    const query = this.dataSource.manager
      .createQueryBuilder(ResidentMailItem, 'm')
      .innerJoinAndSelect('m.allocation', 'a')
      .innerJoinAndSelect('a.pool', 'p')
      .where('m.holder_account_id = :accountId', { accountId: actor.accountId })
      .orderBy('m.received_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .take(first + 1);
    if (after) {
      const { createdAt, id } = decodeCursor(after);
      query.andWhere("(date_trunc('milliseconds', m.received_at), m.id) < (:createdAt, :id)", { createdAt, id });
    }
    const rows = await query.getMany();
    return { items: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource.manager
      .createQueryBuilder(ResidentMailItem, 'm')
      .where("m.holder_account_id = :accountId AND m.read_at IS NULL AND m.handling = 'scan'", { accountId: actor.accountId })
      .getCount();
  }

  async markRead(actor: Actor, itemId: string, read: boolean): Promise<ResidentMailItem> {
    const item = await this.itemOfHolder(actor, itemId);
    const readAt = read ? (item.readAt ?? new Date()) : null;
    await this.dataSource.manager.update(ResidentMailItem, { id: item.id }, { readAt });
    return { ...item, readAt };
  }

  /** The holder: the scanned letter's bytes (and it counts as read). */
  async openScan(actor: Actor, itemId: string): Promise<{ content: Buffer; mediaType: string; fileName: string }> {
    const item = await this.itemOfHolder(actor, itemId);
    const scan = await this.desk.scanOf(item);
    if (!item.readAt) await this.dataSource.manager.update(ResidentMailItem, { id: item.id }, { readAt: new Date() });
    return scan;
  }

  /** The item with its allocation and pool, for answers after a change. */
  async withMailbox(item: ResidentMailItem): Promise<ResidentMailItem> {
    if (item.allocation?.pool) return item;
    const allocation = await this.dataSource.manager.findOneOrFail(AddressAllocation, {
      where: { id: item.allocationId },
      relations: { pool: true },
    });
    return { ...item, allocation };
  }

  /** Another person's letter is NOT_FOUND, exactly like one that does not exist. */
  private async itemOfHolder(actor: Actor, itemId: string, manager: EntityManager = this.dataSource.manager): Promise<ResidentMailItem> {
    if (!isUuid(itemId)) throw DomainException.notFound();
    const item = await manager.findOne(ResidentMailItem, {
      where: { id: itemId, holderAccountId: actor.accountId },
      relations: { allocation: { pool: true } },
    });
    if (!item) throw DomainException.notFound();
    return item;
  }
}

export function requireResidentMailStaff(actor: Actor): void {
  if (!hasRole(actor, ...RESIDENT_MAIL_STAFF_ROLES)) throw DomainException.forbidden();
}

export function labelOf(allocation: AddressAllocation): string {
  return mailboxLabel(allocation.pool!.mailboxPrefix, allocation.mailboxNumber);
}
