import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { BankAdapterKind, PartnerBank } from './entities/partner-bank.entity.js';
import { SANDBOX_BANKS, sandboxBankApiBase } from './sandbox-bank/sandbox-banks.js';
import { SecretBox, sandboxBankSecret } from './secrets/secret-box.js';

/** The partner banks; outside production the two sandbox banks are (re-)registered at every start. */
@Injectable()
export class PartnerBanks implements OnApplicationBootstrap {
  private readonly logger = new Logger('PartnerBanks');
  private readonly secrets: SecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.secrets = new SecretBox(config.banking.secretsKey);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.banking.sandbox.enabled) return;
    for (const bank of SANDBOX_BANKS) {
      // Re-sealed each start: the address (PUBLIC_URL) or the secrets key may have changed.
      await this.dataSource.query(
        `INSERT INTO partner_banks (code, name, bic, bank_code, api_base_url, adapter_kind, webhook_secret_sealed, sandbox, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true, true)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, bic = EXCLUDED.bic, bank_code = EXCLUDED.bank_code,
           api_base_url = EXCLUDED.api_base_url, webhook_secret_sealed = EXCLUDED.webhook_secret_sealed, updated_at = now()`,
        [
          bank.code,
          bank.name,
          bank.bic,
          bank.bankCode,
          sandboxBankApiBase(this.config.banking.sandbox.baseUrl, bank.code),
          BankAdapterKind.http_json_v1,
          this.secrets.seal(sandboxBankSecret(this.config.banking.sandbox.rootSecret, bank.code)),
        ],
      );
    }
    this.logger.log(`sandbox partner banks registered: ${SANDBOX_BANKS.map((bank) => bank.code).join(', ')}`);
  }

  list(manager: EntityManager = this.dataSource.manager): Promise<PartnerBank[]> {
    return manager.find(PartnerBank, { where: { active: true }, order: { name: 'ASC' } });
  }

  /** Every bank, inactive ones too (applications keep pointing at them). */
  all(manager: EntityManager = this.dataSource.manager): Promise<PartnerBank[]> {
    return manager.find(PartnerBank);
  }

  async byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<PartnerBank | null> {
    return isUuid(id) ? manager.findOneBy(PartnerBank, { id }) : null;
  }

  async byCode(code: string, manager: EntityManager = this.dataSource.manager): Promise<PartnerBank | null> {
    return /^[a-z0-9-]{1,60}$/.test(code) ? manager.findOneBy(PartnerBank, { code }) : null;
  }

  webhookSecretOf(bank: PartnerBank): string {
    return this.secrets.open(bank.webhookSecretSealed);
  }
}
