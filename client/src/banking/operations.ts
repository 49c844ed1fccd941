import { graphql } from '../gql';
import type { BankApplicationFieldsFragment, BankKycPreviewQuery, PartnerBankFieldsFragment } from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type { BankAccountApplicationStatus as BankApplicationStatus } from '../gql/graphql';
export type PartnerBank = PartnerBankFieldsFragment;
export type BankAccountApplication = BankApplicationFieldsFragment;
export type BankDocumentRequest = BankAccountApplication['documentRequests'][number];
export type BankKycPackage = BankKycPreviewQuery['bankAccountKycPreview'];

export const PARTNER_BANK_FIELDS = graphql(`
  fragment PartnerBankFields on PartnerBank {
    id
    code
    name
    bic
    bankCode
    sandbox
  }
`);

export const BANK_APPLICATION_FIELDS = graphql(`
  fragment BankApplicationFields on BankAccountApplication {
    id
    status
    statusChangedAt
    iban
    ibanFormatted
    declineReason
    consentGivenAt
    kycPackageSha256
    handedOverAt
    createdAt
    bank {
      ...PartnerBankFields
    }
    documentRequests {
      id
      documentKind
      bankMessage
      status
      answerText
      answeredAt
      forwardedAt
      attachment {
        fileName
        contentType
        sizeBytes
        sha256
      }
    }
  }
`);

export const BANK_ACCOUNT_PAGE = graphql(`
  query BankAccountPage($companyId: ID!) {
    partnerBanks {
      ...PartnerBankFields
    }
    bankAccountApplications(companyId: $companyId) {
      ...BankApplicationFields
    }
  }
`);

export const BANK_KYC_PREVIEW = graphql(`
  query BankKycPreview($companyId: ID!) {
    bankAccountKycPreview(companyId: $companyId) {
      consentTextVersion
      contentSha256
      company {
        legalName
        legalForm
        countryCode
        registerName
        registerNumber
        vatId
        website
        mainActivity
        headOffice {
          street
          postcode
          city
          countryCode
        }
      }
      registerExtract {
        fileName
        sizeBytes
        sha256
      }
      representatives {
        role
        givenName
        familyName
        birthDate
        nationality
        placeOfBirth
        assuranceLevel
        verificationMethod
      }
      tradeRegistration {
        status
        registrationNumber
        wzCode
        wzTitle
        activityDescription
        startDate
      }
    }
  }
`);

export const APPLY_FOR_BANK_ACCOUNT = graphql(`
  mutation ApplyForBankAccount($input: ApplyForBankAccountInput!) {
    applyForBankAccount(input: $input) {
      ...BankApplicationFields
    }
  }
`);

export const ANSWER_BANK_DOCUMENT_REQUEST = graphql(`
  mutation AnswerBankDocumentRequest($input: AnswerBankDocumentRequestInput!) {
    answerBankDocumentRequest(input: $input) {
      ...BankApplicationFields
    }
  }
`);
