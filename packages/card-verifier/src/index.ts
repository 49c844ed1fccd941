/**
 * @bochum-eresidency/card-verifier — verify the Bochum citizen card offline (SD-JWT VC with key
 * binding, IETF Token Status List). See docs/card-verifier.md. Runs in browsers and in Node ≥ 20.
 */
export * from './credential.js';
export { livePresentation, printedPresentation, readCredentialClaims, selectDisclosures, type DeviceSigningKey } from './present.js';
export { SdJwtCardVerifier, type VerifyOptions } from './verifier.js';
export { webEs256Crypto, type Es256Crypto, type Es256PublicJwk } from './es256-crypto.js';
export { loadVerifierMaterial, type VerifierMaterial } from './material.js';
