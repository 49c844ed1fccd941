import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  resident = 'resident',
  company_rep = 'company_rep',
  venue_operator = 'venue_operator',
  staff_citizens_office = 'staff_citizens_office',
  staff_economic_development = 'staff_economic_development',
  admin = 'admin',
}

export const STAFF_ROLES: readonly Role[] = [Role.staff_citizens_office, Role.staff_economic_development, Role.admin];

registerEnumType(Role, { name: 'Role', description: 'What an account may do on the platform.' });
