import { graphql } from '../gql';
import type { AdministeredPartnerBanksQuery } from '../gql/graphql';

export type AdministeredPartnerBank = AdministeredPartnerBanksQuery['administeredPartnerBanks'][number];

export const ADMINISTERED_PARTNER_BANKS = graphql(`
  query AdministeredPartnerBanks {
    administeredPartnerBanks {
      id
      code
      name
      bic
      bankCode
      apiBaseUrl
      webhookPath
      sandbox
      active
    }
  }
`);

export const CREATE_PARTNER_BANK = graphql(`
  mutation CreatePartnerBank($input: CreatePartnerBankInput!) {
    createPartnerBank(input: $input) {
      webhookSecret
      bank {
        id
        name
      }
    }
  }
`);

export const UPDATE_PARTNER_BANK = graphql(`
  mutation UpdatePartnerBank($input: UpdatePartnerBankInput!) {
    updatePartnerBank(input: $input) {
      id
    }
  }
`);

export const ROTATE_PARTNER_BANK_SECRET = graphql(`
  mutation RotatePartnerBankSecret($id: ID!) {
    rotatePartnerBankSecret(id: $id) {
      webhookSecret
      bank {
        id
        name
      }
    }
  }
`);
