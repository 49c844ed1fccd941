import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import { AuditService } from '../common/audit/audit.service.js';
import { DomainException } from '../common/errors/domain.exception.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { generateApiKey, hashApiKey } from './api-key-format.js';
import { VenueApiKey } from './entities/venue-api-key.entity.js';
import { PartnerKeyAuthenticator } from './partner/partner-key-authenticator.js';
import { VenueAccessService } from './venue-access.service.js';
import { VenuesException } from './venues.exception.js';

const MAX_ACTIVE_KEYS = 2;
const KEY_LOCK = 727_060_005;

/** A venue's partner API keys: at most two active (for rotation), shown once, revoked never deleted. */
@Injectable()
export class ApiKeyService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: VenueAccessService,
    private readonly authenticator: PartnerKeyAuthenticator,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, venueId?: string | null): Promise<VenueApiKey[]> {
    const id = await this.access.managedVenueId(actor, venueId);
    return this.dataSource.manager.find(VenueApiKey, { where: { venueId: id }, order: { createdAt: 'DESC' } });
  }

  async create(actor: Actor, venueId: string | null | undefined, name: string): Promise<{ key: string; apiKey: VenueApiKey }> {
    const id = await this.access.managedVenueId(actor, venueId);
    const key = generateApiKey(this.config.venues.apiKeyPrefix);
    const apiKey = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [KEY_LOCK, id]);
      const [{ n }] = await manager.query('SELECT count(*)::int AS n FROM venue_api_keys WHERE venue_id = $1 AND revoked_at IS NULL', [id]);
      if (n >= MAX_ACTIVE_KEYS) throw VenuesException.tooManyKeys();
      const saved = await manager.save(
        Object.assign(new VenueApiKey(), {
          venueId: id,
          name: name.trim(),
          prefix: key.slice(0, 12),
          keyHash: hashApiKey(key),
          createdBy: actor.accountId,
        }),
      );
      await this.audit.record(
        {
          action: 'venue.api_key_created',
          actorAccountId: actor.accountId,
          subjectType: 'venue_api_key',
          subjectId: saved.id,
          details: { venueId: id, name: saved.name },
        },
        manager,
      );
      return saved;
    });
    return { key, apiKey };
  }

  async revoke(actor: Actor, keyId: string): Promise<VenueApiKey> {
    const apiKey = await this.dataSource.manager.findOneBy(VenueApiKey, { id: keyId });
    if (!apiKey) throw DomainException.notFound();
    await this.access.managedVenueId(actor, apiKey.venueId);
    if (!apiKey.revokedAt) {
      await this.dataSource.transaction(async (manager) => {
        await manager.update(VenueApiKey, { id: keyId }, { revokedAt: new Date() });
        await this.audit.record(
          {
            action: 'venue.api_key_revoked',
            actorAccountId: actor.accountId,
            subjectType: 'venue_api_key',
            subjectId: keyId,
            details: { venueId: apiKey.venueId },
          },
          manager,
        );
      });
    }
    this.authenticator.forget(keyId);
    return this.dataSource.manager.findOneByOrFail(VenueApiKey, { id: keyId });
  }
}
