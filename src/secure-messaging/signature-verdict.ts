import { registerEnumType } from '@nestjs/graphql';

/** What the server concluded about a signature when it received it. */
export enum SignatureVerdict {
  valid = 'valid',
  invalid = 'invalid',
  revoked = 'revoked',
  unknown_signer = 'unknown_signer',
}

export enum MessageSender {
  company = 'company',
  office = 'office',
}

registerEnumType(SignatureVerdict, { name: 'SignatureVerdict' });
registerEnumType(MessageSender, { name: 'MessageSender' });
