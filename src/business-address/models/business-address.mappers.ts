import { mailDeskLetterFields } from '../../common/mail-desk/index.js';
import { businessAddressLines, businessMailboxLabel } from '../business-address-lines.js';
import { BusinessMailServiceStatus } from '../business-mail-status.js';
import { BUSINESS_ADDRESS_SERVICE_SUBJECT, type CompanyBusinessAddress } from '../business-postal.service.js';
import type { StaffMailbox } from '../business-mail-inbox.service.js';
import type { BusinessMailItem } from '../entities/business-mail-item.entity.js';
import type { BusinessMailService } from '../entities/business-mail-service.entity.js';
import type {
  BusinessMailItemModel,
  BusinessMailServiceModel,
  CompanyBusinessAddressModel,
  StaffBusinessMailboxModel,
} from './business-address.models.js';

export function serviceModel(service: BusinessMailService): BusinessMailServiceModel {
  return {
    id: service.id,
    status: service.status,
    mailHandling: service.mailHandling,
    forwardingAddress: service.forwardingAddress,
    monthlyFeeCents: service.monthlyFeeCents,
    paymentSubjectType: BUSINESS_ADDRESS_SERVICE_SUBJECT,
    paymentSubjectId: service.status === BusinessMailServiceStatus.awaiting_payment ? service.openChargeId : null,
    paidUntil: service.paidUntil,
    activatedAt: service.activatedAt,
    cancelledAt: service.cancelledAt,
  };
}

export function companyAddressModel(
  address: CompanyBusinessAddress,
  fee: { amountCents: number; currency: string },
): CompanyBusinessAddressModel {
  const { allocation, pool, service } = address;
  return {
    id: allocation.id,
    establishmentId: allocation.establishmentId,
    servicePointCode: pool.code,
    servicePointName: pool.careOf,
    mailbox: businessMailboxLabel(pool, allocation.mailboxNumber),
    lines: businessAddressLines(pool, allocation.holderName, allocation.mailboxNumber),
    allocatedAt: allocation.allocatedAt,
    service: service ? serviceModel(service) : null,
    currentMonthlyFeeCents: fee.amountCents,
    currency: fee.currency,
  };
}

/** `mailbox` is the label of the item's mailbox, e.g. `HBF-00042`. */
export function mailItemModel(item: BusinessMailItem, mailbox: string): BusinessMailItemModel {
  return { ...mailDeskLetterFields(item, '/api/business-mail'), mailbox, handling: item.handling };
}

export function staffMailboxModel(view: StaffMailbox): StaffBusinessMailboxModel {
  const { allocation, pool, service } = view;
  const mailbox = businessMailboxLabel(pool, allocation.mailboxNumber);
  return {
    allocationId: allocation.id,
    mailbox,
    companyName: allocation.holderName,
    lines: businessAddressLines(pool, allocation.holderName, allocation.mailboxNumber),
    serviceStatus: service?.status ?? null,
    handling: view.handling,
    forwardingAddress: view.handling === 'forward' ? (service?.forwardingAddress ?? null) : null,
    recentItems: view.recentItems.map((item) => mailItemModel(item, mailbox)),
  };
}
