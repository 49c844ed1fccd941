/** The public surface of the pki domain: the city CA, certificate status and signing for the offices. */
export { PkiModule } from './pki.module.js';
export { AuthoritySigner, type SigningOffice } from './authority/authority-signer.service.js';
export { CertificateAuthority } from './authority/certificate-authority.service.js';
export { CertificateStatusService, type CertificateStatus } from './revocation/certificate-status.service.js';
export { PkiTrustAnchors } from './pki-trust-anchors.service.js';
export { PKI_ENTITIES } from './pki.entities.js';
export { PKI_RESOLVERS } from './pki.resolvers.js';
