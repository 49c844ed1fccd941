import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import { hasRole, type Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { decodeCursor } from '../common/pagination/cursor.js';
import { AddressPoolPurpose, AddressPools, MailHandling, parseMailbox, type AddressPoolInfo } from '../addresses/index.js';
import { CompanyAccess } from '../companies/index.js';
import { MailDesk, mailDeskErrors, mailDeskStatuses, type MailDeskLetterInput } from '../common/mail-desk/index.js';
import { BusinessAddressException } from './business-address.exception.js';
import { businessMailboxLabel } from './business-address-lines.js';
import { BusinessMailItemStatus, BusinessMailServiceStatus } from './business-mail-status.js';
import { BusinessMailNotifier } from './business-mail-notifier.js';
import { BusinessMailStorage } from './business-mail-storage.js';
import { BusinessAddressAllocation } from './entities/business-address-allocation.entity.js';
import { BusinessMailItem } from './entities/business-mail-item.entity.js';
import { BusinessMailService } from './entities/business-mail-service.entity.js';

/** Until a dedicated service-point role exists, economic development staff and admins handle the mail. */
export const MAIL_STAFF_ROLES: readonly Role[] = [Role.staff_economic_development, Role.admin];

/** New and completed statuses of business letters (the mail desk's, under this enum). */
const STATUSES = mailDeskStatuses(BusinessMailItemStatus);

export interface StaffMailbox {
  allocation: BusinessAddressAllocation;
  /** The service point (address pool) the mailbox is at. */
  pool: AddressPoolInfo;
  service: BusinessMailService | null;
  /** How a letter recorded now is handled: the service's choice, or hold without an active service. */
  handling: MailHandling;
  recentItems: BusinessMailItem[];
}

/** A letter with the label of its mailbox, e.g. `HBF-00042`. */
export interface MailItemView {
  item: BusinessMailItem;
  mailbox: string;
}

export type LetterInput = MailDeskLetterInput;

/** Letters at the service points: staff record them, the company's representatives read them. */
@Injectable()
export class BusinessMailInboxService {
  private readonly desk: MailDesk<BusinessMailItemStatus>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CompanyAccess,
    storage: BusinessMailStorage,
    private readonly notifier: BusinessMailNotifier,
    private readonly audit: AuditService,
    private readonly pools: AddressPools,
  ) {
    this.desk = new MailDesk({
      dataSource,
      storage,
      audit,
      errors: mailDeskErrors(BusinessAddressException, 'businessAddress'),
      statuses: STATUSES,
      auditPrefix: 'business_address',
      subjectType: 'business_mail_item',
    });
  }

  /** Staff: the mailbox written on an envelope, e.g. `Fach HBF-00042` or `hbf 42`. */
  async lookUp(actor: Actor, mailbox: string): Promise<StaffMailbox> {
    requireMailStaff(actor);
    const parsed = parseMailbox(mailbox);
    if (!parsed) throw DomainException.notFound();
    const manager = this.dataSource.manager;
    const pools = await this.pools.byMailboxPrefix(parsed.prefix, AddressPoolPurpose.businesses, manager);
    if (pools.length === 0) throw DomainException.notFound();
    const allocation = await manager.findOneBy(BusinessAddressAllocation, {
      poolId: In(pools.map((pool) => pool.id)),
      mailboxNumber: parsed.number,
    });
    if (!allocation) throw DomainException.notFound();
    const pool = pools.find((candidate) => candidate.id === allocation.poolId)!;
    await this.audit.record(
      {
        action: 'business_address.mailbox_viewed_by_staff',
        actorAccountId: actor.accountId,
        subjectType: 'business_address_allocation',
        subjectId: allocation.id,
        details: { companyId: allocation.companyId },
      },
      manager,
    );
    return this.staffView(manager, allocation, pool);
  }

  /** Staff: records a letter; a scan is required exactly when the company chose scanning. */
  async record(actor: Actor, input: LetterInput): Promise<BusinessMailItem> {
    requireMailStaff(actor);
    const letter = await this.desk.check(input);
    return this.desk.record(actor, letter, async (manager, columns) => {
      const allocation = await manager.findOneBy(BusinessAddressAllocation, { id: letter.allocationId });
      if (!allocation) throw DomainException.notFound();
      const service = await manager.findOneBy(BusinessMailService, { allocationId: allocation.id });
      const handling = effectiveHandling(service);
      const item = await manager.save(
        manager.create(BusinessMailItem, {
          allocationId: allocation.id,
          companyId: allocation.companyId,
          handling,
          ...columns(handling, service?.forwardingAddress ?? null),
        }),
      );
      const mailbox = businessMailboxLabel(await this.pools.byId(allocation.poolId, manager), allocation.mailboxNumber);
      await this.notifier.mailReceived(manager, allocation.companyId, { sender: letter.sender, mailbox, receivedOn: letter.receivedOn });
      return { item, details: { companyId: allocation.companyId } };
    });
  }

  /** Staff: the letter was forwarded or picked up (once; the row lock decides). */
  async complete(actor: Actor, itemId: string): Promise<BusinessMailItem> {
    requireMailStaff(actor);
    return this.desk.complete(actor, BusinessMailItem, itemId);
  }

  /** Representatives: the company's letters, newest first. */
  async listForCompany(
    actor: Actor,
    companyId: string,
    first: number,
    after?: string,
  ): Promise<{ items: MailItemView[]; hasNextPage: boolean }> {
    await this.access.requireRepresentative(actor, companyId);
    const query = this.dataSource.manager
      .createQueryBuilder(BusinessMailItem, 'm')
      .innerJoinAndSelect('m.allocation', 'a')
      .where('m.company_id = :companyId', { companyId })
      .orderBy('m.received_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .take(first + 1);
    if (after) {
      const { createdAt, id } = decodeCursor(after);
      query.andWhere("(date_trunc('milliseconds', m.received_at), m.id) < (:createdAt, :id)", { createdAt, id });
    }
    const rows = await query.getMany();
    const items = rows.slice(0, first);
    return { items: await this.withMailboxes(this.dataSource.manager, items), hasNextPage: rows.length > first };
  }

  async unreadCount(actor: Actor, companyId: string): Promise<number> {
    await this.access.requireRepresentative(actor, companyId);
    return this.dataSource.manager
      .createQueryBuilder(BusinessMailItem, 'm')
      .where('m.company_id = :companyId AND m.read_at IS NULL', { companyId })
      .getCount();
  }

  async markRead(actor: Actor, itemId: string): Promise<MailItemView> {
    const item = await this.itemForRepresentative(actor, itemId, this.dataSource.manager);
    if (!item.readAt) {
      item.readAt = new Date();
      await this.dataSource.manager.update(BusinessMailItem, { id: item.id }, { readAt: item.readAt });
    }
    const [view] = await this.withMailboxes(this.dataSource.manager, [item]);
    return view;
  }

  /** Representatives: the scanned letter's bytes (and it counts as read). */
  async openScan(actor: Actor, itemId: string): Promise<{ content: Buffer; mediaType: string; fileName: string }> {
    const item = await this.itemForRepresentative(actor, itemId, this.dataSource.manager);
    const scan = await this.desk.scanOf(item);
    if (!item.readAt) await this.dataSource.manager.update(BusinessMailItem, { id: item.id }, { readAt: new Date() });
    return scan;
  }

  /** The label of the item's mailbox, e.g. `HBF-00042`. */
  async mailboxOfItem(item: BusinessMailItem): Promise<string> {
    const manager = this.dataSource.manager;
    const allocation = await manager.findOneByOrFail(BusinessAddressAllocation, { id: item.allocationId });
    return businessMailboxLabel(await this.pools.byId(allocation.poolId, manager), allocation.mailboxNumber);
  }

  private async itemForRepresentative(actor: Actor, itemId: string, manager: EntityManager): Promise<BusinessMailItem> {
    if (!isUuid(itemId)) throw DomainException.notFound();
    const item = await manager.findOne(BusinessMailItem, { where: { id: itemId }, relations: { allocation: true } });
    if (!item) throw DomainException.notFound();
    await this.access.requireRepresentative(actor, item.companyId, manager);
    return item;
  }

  /** Items loaded with their allocation, labelled with their mailbox; the pools come in one query. */
  private async withMailboxes(manager: EntityManager, items: BusinessMailItem[]): Promise<MailItemView[]> {
    const pools = await this.pools.byIds(
      items.map((item) => item.allocation!.poolId),
      manager,
    );
    return items.map((item) => {
      const allocation = item.allocation!;
      const pool = pools.get(allocation.poolId);
      if (!pool) throw new Error(`address pool ${allocation.poolId} of business address ${allocation.id} does not exist`);
      return { item, mailbox: businessMailboxLabel(pool, allocation.mailboxNumber) };
    });
  }

  private async staffView(manager: EntityManager, allocation: BusinessAddressAllocation, pool: AddressPoolInfo): Promise<StaffMailbox> {
    const service = await manager.findOneBy(BusinessMailService, { allocationId: allocation.id });
    const recentItems = await manager.find(BusinessMailItem, {
      where: { allocationId: allocation.id },
      order: { receivedAt: 'DESC' },
      take: 20,
    });
    for (const item of recentItems) item.allocation = allocation;
    return { allocation, pool, service, handling: effectiveHandling(service), recentItems };
  }
}

export function requireMailStaff(actor: Actor): void {
  if (!hasRole(actor, ...MAIL_STAFF_ROLES)) throw DomainException.forbidden();
}

function effectiveHandling(service: BusinessMailService | null): MailHandling {
  return service?.status === BusinessMailServiceStatus.active ? service.mailHandling : MailHandling.hold;
}
