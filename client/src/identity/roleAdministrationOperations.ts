import { graphql } from '../gql';
import type { Role } from '../gql/graphql';

/** The roles administrators grant by hand (the others follow from what a person did). */
export const ADMINISTERED_ROLES: readonly Role[] = ['staff_citizens_office', 'staff_economic_development', 'staff_communication', 'admin'];

export const ACCOUNT_FOR_ROLES = graphql(`
  query AccountForRoles($input: EmailLookupInput!) {
    accountForRoles(input: $input) {
      id
      email
      emailVerified
      roles
      assuranceLevel
    }
  }
`);

export const GRANT_ACCOUNT_ROLE = graphql(`
  mutation GrantAccountRole($input: ChangeAccountRoleInput!) {
    grantAccountRole(input: $input) {
      id
      roles
    }
  }
`);

export const WITHDRAW_ACCOUNT_ROLE = graphql(`
  mutation WithdrawAccountRole($input: ChangeAccountRoleInput!) {
    withdrawAccountRole(input: $input) {
      id
      roles
    }
  }
`);

export const ROLE_ASSURANCE_REQUIREMENTS = graphql(`
  query RoleAssuranceRequirements {
    roleAssuranceRequirements {
      role
      minimumAssurance
    }
  }
`);

export const SET_ROLE_ASSURANCE_REQUIREMENT = graphql(`
  mutation SetRoleAssuranceRequirement($input: SetRoleAssuranceInput!) {
    setRoleAssuranceRequirement(input: $input) {
      role
      minimumAssurance
    }
  }
`);
