import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A key of the city's card issuer (Ed25519, or ES256 for the SD-JWT VC: see `kty`); the private half is encrypted (PKCS#8, AES-256). */
@Entity({ name: 'card_issuer_keys' })
export class CardIssuerKey {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  kid: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk: Record<string, string>;

  @Column({ name: 'encrypted_private_key', type: 'text' })
  encryptedPrivateKey: string;

  /** The key that signs new credentials; older keys stay published while their credentials live. */
  @Column({ type: 'boolean', default: false })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
