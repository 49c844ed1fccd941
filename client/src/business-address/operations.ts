import { gql, type TypedDocumentNode } from '@apollo/client';

export type MailHandling = 'scan' | 'forward' | 'hold';
export type BusinessMailServiceStatus = 'awaiting_payment' | 'active' | 'cancelled';
export type BusinessMailItemStatus = 'scanned' | 'awaiting_forwarding' | 'forwarded' | 'awaiting_pickup' | 'picked_up';

export interface ForwardingAddress { name: string | null; street: string; postcode: string; city: string; country: string }

export interface BusinessMailService {
  id: string;
  status: BusinessMailServiceStatus;
  mailHandling: MailHandling;
  forwardingAddress: ForwardingAddress | null;
  monthlyFeeCents: number;
  paymentSubjectType: string;
  paymentSubjectId: string | null;
  paidUntil: string | null;
  activatedAt: string | null;
  cancelledAt: string | null;
}

export interface CompanyBusinessAddress {
  id: string;
  establishmentId: string;
  servicePointCode: string;
  servicePointName: string;
  mailbox: string;
  lines: string[];
  allocatedAt: string;
  currentMonthlyFeeCents: number;
  currency: string;
  service: BusinessMailService | null;
}

export interface BusinessMailItem {
  id: string;
  sender: string;
  receivedOn: string;
  receivedAt: string;
  mailbox: string;
  handling: MailHandling;
  status: BusinessMailItemStatus;
  forwardingAddress: ForwardingAddress | null;
  scanUrl: string | null;
  scanMediaType: string | null;
  scanSizeBytes: number | null;
  read: boolean;
  completedAt: string | null;
}

export interface StaffBusinessMailbox {
  allocationId: string;
  mailbox: string;
  companyName: string;
  lines: string[];
  serviceStatus: BusinessMailServiceStatus | null;
  handling: MailHandling;
  forwardingAddress: ForwardingAddress | null;
  recentItems: BusinessMailItem[];
}

export interface MailServiceInput {
  companyId: string;
  addressId: string;
  preference: MailHandling;
  forwardingAddress?: Omit<ForwardingAddress, 'name'> & { name: string | null };
}

const FORWARDING = 'forwardingAddress { name street postcode city country }';
const SERVICE = `id status mailHandling ${FORWARDING} monthlyFeeCents paymentSubjectType paymentSubjectId paidUntil activatedAt cancelledAt`;
const ADDRESS = `id establishmentId servicePointCode servicePointName mailbox lines allocatedAt currentMonthlyFeeCents currency service { ${SERVICE} }`;
const ITEM = `id sender receivedOn receivedAt mailbox handling status ${FORWARDING} scanUrl scanMediaType scanSizeBytes read completedAt`;

export const COMPANY_BUSINESS_ADDRESSES: TypedDocumentNode<{ companyBusinessAddresses: CompanyBusinessAddress[] }, { companyId: string }> = gql`
  query CompanyBusinessAddresses($companyId: ID!) { companyBusinessAddresses(companyId: $companyId) { ${ADDRESS} } }
`;

export const SET_UP_BUSINESS_MAIL_SERVICE: TypedDocumentNode<{ setUpBusinessMailService: CompanyBusinessAddress }, { input: MailServiceInput }> = gql`
  mutation SetUpBusinessMailService($input: BusinessMailServiceInput!) { setUpBusinessMailService(input: $input) { ${ADDRESS} } }
`;

export const CHANGE_BUSINESS_MAIL_HANDLING: TypedDocumentNode<{ changeBusinessMailHandling: CompanyBusinessAddress }, { input: MailServiceInput }> = gql`
  mutation ChangeBusinessMailHandling($input: BusinessMailServiceInput!) { changeBusinessMailHandling(input: $input) { ${ADDRESS} } }
`;

export const COMPANY_MAIL: TypedDocumentNode<
  { companyMail: { nodes: BusinessMailItem[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { companyId: string; page?: { first: number; after?: string | null } }
> = gql`
  query CompanyMail($companyId: ID!, $page: PageInput) { companyMail(companyId: $companyId, page: $page) { nodes { ${ITEM} } pageInfo { hasNextPage endCursor } } }
`;

export const MARK_BUSINESS_MAIL_READ: TypedDocumentNode<{ markBusinessMailRead: BusinessMailItem }, { itemId: string }> = gql`
  mutation MarkBusinessMailRead($itemId: ID!) { markBusinessMailRead(itemId: $itemId) { ${ITEM} } }
`;

export const STAFF_BUSINESS_MAILBOX: TypedDocumentNode<{ staffBusinessMailbox: StaffBusinessMailbox }, { mailbox: string }> = gql`
  query StaffBusinessMailbox($mailbox: String!) { staffBusinessMailbox(mailbox: $mailbox) { allocationId mailbox companyName lines serviceStatus handling ${FORWARDING} recentItems { ${ITEM} } } }
`;

export const COMPLETE_BUSINESS_MAIL: TypedDocumentNode<{ completeBusinessMail: BusinessMailItem }, { itemId: string }> = gql`
  mutation CompleteBusinessMail($itemId: ID!) { completeBusinessMail(itemId: $itemId) { ${ITEM} } }
`;
