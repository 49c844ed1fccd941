import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export enum PkiCrlIssuer {
  root = 'root',
  issuing = 'issuing',
}

/** Every CRL the CA published (DER); the newest per issuer is served. */
@Entity({ name: 'pki_crls' })
export class PkiCrl {
  @PrimaryColumn({ type: 'enum', enum: PkiCrlIssuer, enumName: 'pki_crl_issuer' })
  issuer: PkiCrlIssuer;

  @PrimaryColumn({ name: 'crl_number', type: 'integer' })
  crlNumber: number;

  @Column({ type: 'bytea' })
  der: Buffer;

  @Column({ name: 'this_update', type: 'timestamptz' })
  thisUpdate: Date;

  @Column({ name: 'next_update', type: 'timestamptz' })
  nextUpdate: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
