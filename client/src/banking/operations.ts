import { gql, type TypedDocumentNode } from '@apollo/client';

export type BankApplicationStatus = 'requested' | 'in_review' | 'documents_requested' | 'opened' | 'declined';

export interface PartnerBank {
  id: string;
  code: string;
  name: string;
  bic: string;
  bankCode: string;
  sandbox: boolean;
}

export interface BankKycPackage {
  consentTextVersion: string;
  contentSha256: string;
  company: {
    legalName: string;
    legalForm: string;
    countryCode: string;
    registerName: string | null;
    registerNumber: string | null;
    vatId: string | null;
    website: string | null;
    mainActivity: string;
    headOffice: { street: string; postcode: string; city: string; countryCode: string };
  };
  registerExtract: { fileName: string; sizeBytes: number; sha256: string } | null;
  representatives: { role: string; givenName: string; familyName: string; birthDate: string; nationality: string; placeOfBirth: string | null; assuranceLevel: string; verificationMethod: string }[];
  tradeRegistration: { status: string; registrationNumber: string | null; wzCode: string; wzTitle: string; activityDescription: string; startDate: string };
}

export interface BankDocumentRequest {
  id: string;
  documentKind: string;
  bankMessage: string;
  status: 'open' | 'answered';
  answerText: string | null;
  answeredAt: string | null;
  forwardedAt: string | null;
  attachment: { fileName: string; contentType: string; sizeBytes: number; sha256: string } | null;
}

export interface BankAccountApplication {
  id: string;
  status: BankApplicationStatus;
  statusChangedAt: string;
  iban: string | null;
  ibanFormatted: string | null;
  declineReason: string | null;
  consentGivenAt: string;
  kycPackageSha256: string;
  handedOverAt: string | null;
  createdAt: string;
  bank: PartnerBank;
  documentRequests: BankDocumentRequest[];
}

const BANK_FIELDS = 'id code name bic bankCode sandbox';
const APPLICATION_FIELDS = `id status statusChangedAt iban ibanFormatted declineReason consentGivenAt kycPackageSha256 handedOverAt createdAt
  bank { ${BANK_FIELDS} }
  documentRequests { id documentKind bankMessage status answerText answeredAt forwardedAt attachment { fileName contentType sizeBytes sha256 } }`;

export const BANK_ACCOUNT_PAGE: TypedDocumentNode<{ partnerBanks: PartnerBank[]; bankAccountApplications: BankAccountApplication[] }, { companyId: string }> = gql`
  query BankAccountPage($companyId: ID!) {
    partnerBanks { ${BANK_FIELDS} }
    bankAccountApplications(companyId: $companyId) { ${APPLICATION_FIELDS} }
  }
`;

export const BANK_KYC_PREVIEW: TypedDocumentNode<{ bankAccountKycPreview: BankKycPackage }, { companyId: string }> = gql`
  query BankKycPreview($companyId: ID!) {
    bankAccountKycPreview(companyId: $companyId) {
      consentTextVersion
      contentSha256
      company { legalName legalForm countryCode registerName registerNumber vatId website mainActivity headOffice { street postcode city countryCode } }
      registerExtract { fileName sizeBytes sha256 }
      representatives { role givenName familyName birthDate nationality placeOfBirth assuranceLevel verificationMethod }
      tradeRegistration { status registrationNumber wzCode wzTitle activityDescription startDate }
    }
  }
`;

export const APPLY_FOR_BANK_ACCOUNT: TypedDocumentNode<
  { applyForBankAccount: BankAccountApplication },
  { input: { companyId: string; bankId: string; consent: boolean; idempotencyKey: string; packageSha256: string } }
> = gql`
  mutation ApplyForBankAccount($input: ApplyForBankAccountInput!) {
    applyForBankAccount(input: $input) { ${APPLICATION_FIELDS} }
  }
`;

export const ANSWER_BANK_DOCUMENT_REQUEST: TypedDocumentNode<
  { answerBankDocumentRequest: BankAccountApplication },
  { input: { documentRequestId: string; message: string } }
> = gql`
  mutation AnswerBankDocumentRequest($input: AnswerBankDocumentRequestInput!) {
    answerBankDocumentRequest(input: $input) { ${APPLICATION_FIELDS} }
  }
`;
