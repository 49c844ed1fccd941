import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { CertificateAuthority } from './certificate-authority.service.js';

describe('CertificateAuthority in production', () => {
  it('never creates a CA silently: without `npm run pki:init` it refuses, and touches nothing', async () => {
    const calls: string[] = [];
    const dataSource = {
      manager: { find: async () => [] },
      transaction: async () => {
        calls.push('transaction');
      },
    } as unknown as DataSource;
    const config = {
      env: 'production',
      isProduction: true,
      pki: { createOnStart: false, keyPassphrase: 'x'.repeat(16) },
    } as unknown as AppConfig;
    const authority = new CertificateAuthority(config, dataSource);
    await expect(authority.chainPems()).rejects.toMatchObject({ messageKey: 'pki.not_initialised' });
    await authority.onApplicationBootstrap();
    expect(calls).toEqual([]);
  });
});
