import { graphql } from '../gql';

export const ADMINISTERED_SERVICE_POINTS = graphql(`
  query AdministeredServicePoints {
    administeredServicePoints {
      ...AddressPoolFields
    }
  }
`);

export const CREATE_SERVICE_POINT = graphql(`
  mutation CreateServicePoint($input: CreateAddressPoolInput!) {
    createServicePoint(input: $input) {
      id
    }
  }
`);

export const UPDATE_SERVICE_POINT = graphql(`
  mutation UpdateServicePoint($input: UpdateAddressPoolInput!) {
    updateServicePoint(input: $input) {
      id
    }
  }
`);
