import type { TrustAnchors } from './signature-verifier.js';

export const TRUST_ANCHORS = Symbol('TRUST_ANCHORS');
export const OFFICE_SIGNER = Symbol('OFFICE_SIGNER');

/** Signs on behalf of an office with its own certificate (pki's AuthoritySigner, contract #5). */
export interface OfficeSigner {
  signDetached(office: 'economic_development', content: Buffer): Promise<{ signatureDer: Buffer; certificatePem: string }>;
}

export type { TrustAnchors };
