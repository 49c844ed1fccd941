import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { PkiAuthorityKey, PkiAuthorityRole } from '../entities/pki-authority-key.entity.js';
import { PkiException } from '../pki.exception.js';
import { createAuthoritiesIfMissing, loadAuthority, type LoadedAuthority } from './authority-setup.js';

export interface Authorities {
  root: LoadedAuthority;
  issuing: LoadedAuthority;
  office: LoadedAuthority;
}

/**
 * The city's two-level CA. Outside production it is created on first use (in development already at
 * start), serialised across processes by an advisory lock; production needs `npm run pki:init`.
 */
@Injectable()
export class CertificateAuthority implements OnApplicationBootstrap {
  private readonly logger = new Logger('CertificateAuthority');
  private loading?: Promise<Authorities>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Tests create a fresh database per file; only those that use the CA pay for its keys. In development
    // the keys are made in the background (about two seconds), so start-up does not wait for them.
    if (this.config.env === 'development')
      void this.authorities().catch((error: unknown) => this.logger.error({ err: error }, 'Could not create the city CA'));
    if (this.config.isProduction) {
      await this.authorities().catch(() => this.logger.error('The city CA is not initialised: run `npm run pki:init` once.'));
    }
  }

  /** Root and issuing CA certificates (PEM), for clients and the verification of signatures. */
  async chainPems(): Promise<{ rootPem: string; issuingPem: string }> {
    const { root, issuing } = await this.authorities();
    return { rootPem: root.certificatePem, issuingPem: issuing.certificatePem };
  }

  async authorities(): Promise<Authorities> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  async issuing(): Promise<LoadedAuthority> {
    return (await this.authorities()).issuing;
  }

  private async load(): Promise<Authorities> {
    let rows = await this.dataSource.manager.find(PkiAuthorityKey);
    if (rows.length < 3) {
      if (!this.config.pki.createOnStart) throw PkiException.notInitialised();
      if (await createAuthoritiesIfMissing(this.dataSource, this.config.pki))
        this.logger.log('Created the city CA (root, issuing CA, office key).');
      rows = await this.dataSource.manager.find(PkiAuthorityKey);
    }
    const of = (role: PkiAuthorityRole) => {
      const row = rows.find((candidate) => candidate.role === role);
      if (!row) throw PkiException.notInitialised();
      return loadAuthority(row, this.config.pki.keyPassphrase);
    };
    return {
      root: of(PkiAuthorityRole.root),
      issuing: of(PkiAuthorityRole.issuing),
      office: of(PkiAuthorityRole.office_economic_development),
    };
  }
}
