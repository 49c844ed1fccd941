import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CardIssuerService } from './issuer/card-issuer.service.js';
import { STATUS_LIST_TYPE, encodeStatusList, StatusValue, type StatusListClaims } from '../../packages/shared/src/index.js';

/**
 * Builds the signed status list from the credentials, their cards' states and their holders'
 * entitlements (a suspended or revoked entitlement marks every card of the person). A process reuses a
 * built list for STATUS_LIST_CACHE_SECONDS; a status change in this process refreshes it at once.
 */
@Injectable()
export class StatusListService {
  private cached?: { jws: string; builtAt: number; claims: StatusListClaims };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly issuer: CardIssuerService,
  ) {}

  invalidate(): void {
    this.cached = undefined;
  }

  async current(): Promise<{ jws: string; claims: StatusListClaims }> {
    const maxAge = this.config.cards.statusListCacheSeconds * 1000;
    if (this.cached && Date.now() - this.cached.builtAt < maxAge) return this.cached;
    const built = await this.build();
    this.cached = { ...built, builtAt: Date.now() };
    return built;
  }

  private async build(): Promise<{ jws: string; claims: StatusListClaims }> {
    const rows: { index: number; value: number }[] = await this.dataSource.query(`
      SELECT c.status_list_index AS index,
             CASE WHEN c.superseded_at IS NOT NULL OR k.status IN ('revoked', 'replaced') THEN ${StatusValue.revoked}
                  WHEN e.status = 'revoked' AND k.status IN ('active', 'suspended') THEN ${StatusValue.revoked}
                  WHEN k.status = 'suspended' THEN ${StatusValue.suspended}
                  WHEN e.status = 'suspended' AND k.status = 'active' THEN ${StatusValue.suspended}
                  ELSE ${StatusValue.active} END AS value
        FROM card_credentials c JOIN citizen_cards k ON k.id = c.card_id
        LEFT JOIN card_entitlements e ON e.account_id = k.account_id
       WHERE c.superseded_at IS NOT NULL OR k.status <> 'active' OR e.status <> 'active'`);
    const [{ size }] = await this.dataSource.query('SELECT coalesce(max(status_list_index), -1) + 1 AS size FROM card_credentials');
    const now = Math.floor(Date.now() / 1000);
    const claims: StatusListClaims = {
      iss: this.config.publicUrl,
      iat: now,
      exp: now + this.config.cards.statusListTtlSeconds,
      bits: 2,
      n: Number(size),
      lst: encodeStatusList(
        Number(size),
        rows.map((row) => [Number(row.index), Number(row.value) as StatusValue]),
      ),
    };
    return { jws: await this.issuer.sign(STATUS_LIST_TYPE, claims), claims };
  }
}
