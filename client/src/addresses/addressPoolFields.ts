import { graphql } from '../gql';
import type { AddressPoolFieldsFragment } from '../gql/graphql';

export type AdministeredAddressPool = AddressPoolFieldsFragment;

export const ADDRESS_POOL_FIELDS = graphql(`
  fragment AddressPoolFields on AddressPool {
    id
    code
    district
    careOf
    street
    postcode
    city
    mailboxPrefix
    active
    mailboxesIssued
  }
`);

export const RESIDENT_ADDRESS_POOLS = graphql(`
  query ResidentAddressPools {
    residentAddressPools {
      ...AddressPoolFields
    }
  }
`);

export const CREATE_RESIDENT_ADDRESS_POOL = graphql(`
  mutation CreateResidentAddressPool($input: CreateAddressPoolInput!) {
    createResidentAddressPool(input: $input) {
      id
    }
  }
`);

export const UPDATE_RESIDENT_ADDRESS_POOL = graphql(`
  mutation UpdateResidentAddressPool($input: UpdateAddressPoolInput!) {
    updateResidentAddressPool(input: $input) {
      id
    }
  }
`);
