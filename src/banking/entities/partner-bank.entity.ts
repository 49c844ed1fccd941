import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum BankAdapterKind {
  /** JSON over HTTPS: POST {apiBaseUrl}/applications, signed webhooks back (the sandbox bank speaks it). */
  http_json_v1 = 'http_json_v1',
}

/** A bank the city works with; its webhook secret is kept encrypted (SecretBox), never in plain text. */
@Entity({ name: 'partner_banks' })
export class PartnerBank {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable slug used in routes (webhooks) and the client, e.g. `sparkasse-bochum-sandbox`. */
  @Column({ type: 'varchar', length: 60, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 11 })
  bic: string;

  /** German bank code (Bankleitzahl, 8 digits): an IBAN from this bank must carry it. */
  @Column({ name: 'bank_code', type: 'varchar', length: 8 })
  bankCode: string;

  @Column({ name: 'api_base_url', type: 'varchar', length: 500 })
  apiBaseUrl: string;

  @Column({ name: 'adapter_kind', type: 'enum', enum: BankAdapterKind, enumName: 'bank_adapter_kind' })
  adapterKind: BankAdapterKind;

  @Column({ name: 'webhook_secret_sealed', type: 'text' })
  webhookSecretSealed: string;

  @Column({ type: 'boolean', default: false })
  sandbox: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
