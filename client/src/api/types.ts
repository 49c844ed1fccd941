export const ROLES = [
  'resident',
  'company_rep',
  'venue_operator',
  'staff_citizens_office',
  'staff_economic_development',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export type AssuranceLevel = 'low' | 'substantial' | 'high';

export interface Account {
  id: string;
  email: string;
  emailVerified: boolean;
  preferredLanguage: string;
  roles: Role[];
  assuranceLevel: AssuranceLevel;
  /** ISO 8601 date-time string (GraphQL DateTime scalar). */
  createdAt: string;
}

export interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  account: Account;
}

export interface RegistrationResult {
  email: string;
  verificationEmailSent: boolean;
}
