import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { Role } from '../../common/auth/role.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { BankingException } from '../banking.exception.js';
import { BankAdapterKind, PartnerBank } from '../entities/partner-bank.entity.js';
import { SecretBox } from '../secrets/secret-box.js';

export interface PartnerBankDetails {
  name: string;
  bic: string;
  bankCode: string;
  apiBaseUrl: string;
}

/** A bank and its webhook secret in plain text: returned once, to be handed to the bank. */
export interface PartnerBankWithSecret {
  bank: PartnerBank;
  webhookSecret: string;
}

/**
 * Administrators enter and keep the partner banks. The webhook secret is generated here, kept sealed
 * (SecretBox, as webhooks are verified with the secret itself) and shown only in the answer that
 * created or rotated it. Every change is audited, never with the secret.
 */
@Injectable()
export class PartnerBankAdministration {
  private readonly secrets: SecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
  ) {
    this.secrets = new SecretBox(config.banking.secretsKey);
  }

  async list(actor: Actor): Promise<PartnerBank[]> {
    this.assertAdministrator(actor);
    return this.dataSource.manager.find(PartnerBank, { order: { name: 'ASC', code: 'ASC' } });
  }

  async create(actor: Actor, input: PartnerBankDetails & { code: string }): Promise<PartnerBankWithSecret> {
    this.assertAdministrator(actor);
    const webhookSecret = newWebhookSecret();
    return this.dataSource.transaction(async (manager) => {
      // The unique code decides between two administrators entering the same bank.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(PartnerBank)
        .values({
          code: input.code,
          ...details(input),
          adapterKind: BankAdapterKind.http_json_v1,
          webhookSecretSealed: this.secrets.seal(webhookSecret),
          sandbox: false,
          active: true,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const [row] = inserted.raw as { id: string }[];
      if (!row) throw BankingException.bankCodeTaken();
      await this.record(actor, manager, 'banking.partner_bank_created', row.id, { code: input.code, ...details(input) });
      return { bank: await manager.findOneByOrFail(PartnerBank, { id: row.id }), webhookSecret };
    });
  }

  async update(actor: Actor, id: string, input: PartnerBankDetails & { active: boolean }): Promise<PartnerBank> {
    this.assertAdministrator(actor);
    return this.dataSource.transaction(async (manager) => {
      const bank = await this.locked(manager, id);
      const changes = { ...details(input), active: input.active };
      await manager.update(PartnerBank, { id: bank.id }, changes);
      await this.record(actor, manager, 'banking.partner_bank_updated', bank.id, changes);
      return manager.findOneByOrFail(PartnerBank, { id: bank.id });
    });
  }

  /** A new webhook secret; the old one stops working at once. Sandbox banks derive theirs and keep it. */
  async rotateSecret(actor: Actor, id: string): Promise<PartnerBankWithSecret> {
    this.assertAdministrator(actor);
    const webhookSecret = newWebhookSecret();
    return this.dataSource.transaction(async (manager) => {
      const bank = await this.locked(manager, id);
      if (bank.sandbox) throw BankingException.sandboxSecretFixed();
      await manager.update(PartnerBank, { id: bank.id }, { webhookSecretSealed: this.secrets.seal(webhookSecret) });
      await this.record(actor, manager, 'banking.partner_bank_secret_rotated', bank.id, {});
      return { bank: await manager.findOneByOrFail(PartnerBank, { id: bank.id }), webhookSecret };
    });
  }

  private async locked(manager: EntityManager, id: string): Promise<PartnerBank> {
    const bank = isUuid(id) ? await manager.findOne(PartnerBank, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!bank) throw DomainException.notFound();
    return bank;
  }

  private record(actor: Actor, manager: EntityManager, action: string, bankId: string, details: Record<string, unknown>) {
    return this.audit.record({ action, actorAccountId: actor.accountId, subjectType: 'partner_bank', subjectId: bankId, details }, manager);
  }

  private assertAdministrator(actor: Actor): void {
    if (!hasRole(actor, Role.admin)) throw DomainException.forbidden();
  }
}

const details = (input: PartnerBankDetails): PartnerBankDetails => ({
  name: input.name,
  bic: input.bic,
  bankCode: input.bankCode,
  apiBaseUrl: input.apiBaseUrl,
});

const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;
