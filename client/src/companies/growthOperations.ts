import { graphql } from '../gql';
import type { GrowthPlanFieldsFragment } from '../gql/graphql';

export type GrowthPlan = GrowthPlanFieldsFragment;

export const GROWTH_PLAN_FIELDS = graphql(`
  fragment GrowthPlanFields on GrowthPlan {
    id
    companyId
    establishmentId
    kind
    stage
    establishmentStatus
    businessAddressLines
    checklist {
      item
      required
      fileName
      mediaType
      uploadedAt
      path
    }
    subsidiary {
      name
      legalForm
      shareCapitalCents
      articles
      shareholders {
        name
        countryCode
        nominalCents
        isParentCompany
      }
      managingDirectorAccountIds
    }
    onlineNotarisation {
      accountId
      givenName
      familyName
      method
      nationality
      eligible
      reason
    }
    businessStartDate
    deadlines {
      kind
      dueOn
      doneAt
      remindedAt
    }
    packages {
      package
      pdfPath
      jsonPath
    }
    handedOverAt
    registerCourt
    registerNumber
    registeredAt
    updatedAt
  }
`);

export const COMPANY_GROWTH_PAGE = graphql(`
  query CompanyGrowthPage($companyId: ID!) {
    company(id: $companyId) {
      id
      legalName
      myRole
      representatives {
        accountId
        role
        givenName
        familyName
        email
      }
      establishments {
        id
        kind
        status
      }
    }
    companyGrowth(companyId: $companyId) {
      ...GrowthPlanFields
    }
  }
`);

export const START_BRANCH = graphql(`
  mutation StartBranch($companyId: ID!) {
    startBranch(companyId: $companyId) {
      ...GrowthPlanFields
    }
  }
`);

export const SAVE_SUBSIDIARY = graphql(`
  mutation SaveSubsidiary($input: SaveSubsidiaryInput!) {
    saveSubsidiary(input: $input) {
      ...GrowthPlanFields
    }
  }
`);

export const HAND_OVER_GROWTH_PLAN = graphql(`
  mutation HandOverGrowthPlan($planId: ID!) {
    handOverGrowthPlan(planId: $planId) {
      ...GrowthPlanFields
    }
  }
`);

export const RECORD_GROWTH_REGISTRATION = graphql(`
  mutation RecordGrowthRegistration($input: RecordGrowthRegistrationInput!) {
    recordGrowthRegistration(input: $input) {
      ...GrowthPlanFields
    }
  }
`);

export const SET_GROWTH_BUSINESS_START = graphql(`
  mutation SetGrowthBusinessStart($planId: ID!, $date: String!) {
    setGrowthBusinessStart(planId: $planId, date: $date) {
      ...GrowthPlanFields
    }
  }
`);

export const MARK_GROWTH_DEADLINE = graphql(`
  mutation MarkGrowthDeadline($input: GrowthDeadlineInput!) {
    markGrowthDeadline(input: $input) {
      ...GrowthPlanFields
    }
  }
`);

export const START_BRANCH_TRADE_REGISTRATION = graphql(`
  mutation StartBranchTradeRegistration($input: StartTradeRegistrationInput!) {
    startTradeRegistration(input: $input) {
      id
      establishmentId
      status
    }
  }
`);

export const GROWING_COMPANIES = graphql(`
  query GrowingCompanies {
    growingCompanies {
      companyId
      legalName
      countryCode
      planId
      kind
      stage
      updatedAt
    }
  }
`);

export const MESSAGE_GROWING_COMPANY = graphql(`
  mutation MessageGrowingCompany($input: GrowthOfficeMessageInput!) {
    messageGrowingCompany(input: $input)
  }
`);
