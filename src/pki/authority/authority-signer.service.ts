import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import {
  contentOf,
  explicit,
  nullValue,
  octetString,
  oid,
  readElement,
  sequence,
  set,
  smallInteger,
  tlv,
  unsignedInteger,
  x509Time,
} from '../asn1/der.js';
import { nativeSign } from '../x509/certificate-builder.js';
import { CertificateAuthority } from './certificate-authority.service.js';

const CMS = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

export type SigningOffice = 'economic_development';

/** DER SET OF: elements sorted by their encodings (X.690 §11.6). */
const setOf = (elements: Buffer[]) => set(...[...elements].sort(Buffer.compare));

/**
 * Signs on behalf of a city office with the office's own certificate (issued by the city's issuing
 * CA): CMS SignedData (RFC 5652), detached, signingTime and the certificate included, signed natively.
 */
@Injectable()
export class AuthoritySigner {
  constructor(private readonly authority: CertificateAuthority) {}

  async signDetached(
    office: SigningOffice,
    content: Buffer,
    signingTime = new Date(),
  ): Promise<{ signatureDer: Buffer; certificatePem: string }> {
    if (office !== 'economic_development') throw new Error(`no signing key for office ${String(office)}`);
    const { issuing, office: signer } = await this.authority.authorities();
    const sha256 = sequence(oid(CMS.sha256), nullValue());
    const attributes = [
      sequence(oid(CMS.contentType), set(oid(CMS.data))),
      sequence(oid(CMS.signingTime), set(x509Time(signingTime))),
      sequence(oid(CMS.messageDigest), set(octetString(createHash('sha256').update(content).digest()))),
    ];
    // The signature covers the attributes encoded as a SET OF; they travel as [0] IMPLICIT.
    const signedAttributes = setOf(attributes);
    const signature = await nativeSign(signedAttributes, signer.privateKey);
    const signerInfo = sequence(
      smallInteger(1),
      sequence(issuing.subjectNameDer, unsignedInteger(Buffer.from(signer.serialHex, 'hex'))),
      sha256,
      tlv(0xa0, contentOf(readElement(signedAttributes))),
      sequence(oid(CMS.rsaEncryption), nullValue()),
      octetString(signature),
    );
    const signedData = sequence(smallInteger(1), set(sha256), sequence(oid(CMS.data)), tlv(0xa0, signer.certificateDer), set(signerInfo));
    return { signatureDer: sequence(oid(CMS.signedData), explicit(0, signedData)), certificatePem: signer.certificatePem };
  }
}
