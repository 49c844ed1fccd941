import { registerEnumType } from '@nestjs/graphql';

/** RFC 5280 §5.3.1 CRLReason values the city uses. */
export enum RevocationReason {
  unspecified = 'unspecified',
  key_compromise = 'key_compromise',
  affiliation_changed = 'affiliation_changed',
  superseded = 'superseded',
  cessation_of_operation = 'cessation_of_operation',
  privilege_withdrawn = 'privilege_withdrawn',
}

export const CRL_REASON_CODE: Record<RevocationReason, number> = {
  [RevocationReason.unspecified]: 0,
  [RevocationReason.key_compromise]: 1,
  [RevocationReason.affiliation_changed]: 3,
  [RevocationReason.superseded]: 4,
  [RevocationReason.cessation_of_operation]: 5,
  [RevocationReason.privilege_withdrawn]: 9,
};

/** What holders may state themselves; staff may use every reason. */
export enum HolderRevocationReason {
  key_compromise = 'key_compromise',
  cessation_of_operation = 'cessation_of_operation',
  superseded = 'superseded',
}

registerEnumType(RevocationReason, { name: 'RevocationReason', description: 'RFC 5280 reason for revoking a certificate.' });
registerEnumType(HolderRevocationReason, {
  name: 'HolderRevocationReason',
  description: 'Reasons a holder may give when revoking their own certificate.',
});
