import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  resident = 'resident',
  company_rep = 'company_rep',
  venue_operator = 'venue_operator',
  staff_citizens_office = 'staff_citizens_office',
  staff_economic_development = 'staff_economic_development',
  /** Communication and participation: news, events, surveys (issue 15). */
  staff_communication = 'staff_communication',
  admin = 'admin',
}

/** Staff who work cases, payments and venues. Communication staff (participation) are not among them. */
export const STAFF_ROLES: readonly Role[] = [Role.staff_citizens_office, Role.staff_economic_development, Role.admin];

registerEnumType(Role, { name: 'Role', description: 'What an account may do on the platform.' });
