/**
 * Code that the server and the browser both run, so it is isomorphic: Web Crypto, jose and fflate
 * only, nothing from Node, src/ or client/.
 * - Card presentation codes and their offline verification: the code a device shows (live or
 *   static), the signed card credential and status list it refers to, and the verifier that checks
 *   them (server: issuing, printing, partner API; client: device card, venue scanner).
 * - The manifest a secure message's signature covers (client: signing; server: verifying).
 */
export * from './card-credential.js';
export * from './credential-cache.js';
export * from './presentation-code.js';
export * from './status-list.js';
export * from './verify-code.js';
export * from './message-manifest.js';
export * from './languages.js';
export * from './person-name.js';
