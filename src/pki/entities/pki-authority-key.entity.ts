import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export enum PkiAuthorityRole {
  root = 'root',
  issuing = 'issuing',
  /** The economic development office's own signature certificate (staff replies). */
  office_economic_development = 'office_economic_development',
}

/** A key of the city's CA or of an office; the private half is encrypted (PKCS#8, AES-256, PKI_KEY_PASSPHRASE). */
@Entity({ name: 'pki_authority_keys' })
export class PkiAuthorityKey {
  @PrimaryColumn({ type: 'enum', enum: PkiAuthorityRole, enumName: 'pki_authority_role' })
  role: PkiAuthorityRole;

  @Column({ name: 'certificate_pem', type: 'text' })
  certificatePem: string;

  @Column({ name: 'encrypted_private_key', type: 'text' })
  encryptedPrivateKey: string;

  @Column({ name: 'serial_hex', type: 'varchar', length: 40 })
  serialHex: string;

  @Column({ name: 'not_before', type: 'timestamptz' })
  notBefore: Date;

  @Column({ name: 'not_after', type: 'timestamptz' })
  notAfter: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
