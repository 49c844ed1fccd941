import { Inject, Injectable } from '@nestjs/common';
import { ClusterEvents, CLUSTER_RECONNECTED_CHANNEL } from '../../common/cluster-events/index.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, Not, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { CertificateAuthority } from '../authority/certificate-authority.service.js';
import { IssuedCertificate } from '../entities/issued-certificate.entity.js';
import { PkiCrl, PkiCrlIssuer } from '../entities/pki-crl.entity.js';
import { buildCrl, type RevokedEntry } from './crl-builder.js';
import { RevocationReason } from './revocation-reason.js';

const CRL_LOCK = 727_060_008;
/** How long a process serves its copy before looking for a newer CRL another process published. */
const CACHE_MS = 30_000;
const ROOT_CRL_VALIDITY_DAYS = 30;
/** Cluster event `{ issuer }`: a new CRL was committed; every process drops its copy. */
export const PKI_CRL_PUBLISHED = 'pki.crl_published';

interface CachedCrl {
  der: Buffer;
  nextUpdate: Date;
  loadedAt: number;
}

/**
 * The CRLs: the issuing CA's (regenerated in the transaction of every revocation and by the scheduled
 * refresh) and the root's (it revokes no issuing CA so far). Served from a cached copy that every
 * process drops when a new CRL commits (cluster events).
 */
@Injectable()
export class CrlService {
  private readonly cache = new Map<PkiCrlIssuer, CachedCrl>();
  /** Bumped whenever a new CRL is announced, so that a read that raced it is not cached. */
  private generation = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly authority: CertificateAuthority,
    private readonly cluster: ClusterEvents,
  ) {
    cluster.subscribe(PKI_CRL_PUBLISHED, (payload) => {
      if (payload.issuer !== PkiCrlIssuer.issuing && payload.issuer !== PkiCrlIssuer.root) return;
      this.generation += 1;
      this.cache.delete(payload.issuer);
    });
    cluster.subscribe(CLUSTER_RECONNECTED_CHANNEL, () => {
      this.generation += 1;
      this.cache.clear();
    });
  }

  async current(issuer: PkiCrlIssuer): Promise<Buffer> {
    const cached = this.cache.get(issuer);
    const now = Date.now();
    if (cached && now - cached.loadedAt < CACHE_MS && cached.nextUpdate.getTime() > now) return cached.der;
    const generation = this.generation;
    let latest = await this.latest(issuer, this.dataSource.manager);
    if (!latest || this.needsRefresh(latest, new Date(now))) {
      await this.prepare();
      await this.dataSource.transaction((manager) => this.publish(manager, issuer));
      latest = await this.latest(issuer, this.dataSource.manager);
    }
    if (generation === this.generation) this.cache.set(issuer, { der: latest!.der, nextUpdate: latest!.nextUpdate, loadedAt: now });
    return latest!.der;
  }

  /**
   * Loads the CA keys (once per process) before a transaction that issues or publishes: loading may
   * need a pool connection of its own, which a transaction must never wait for.
   */
  async prepare(): Promise<void> {
    await this.authority.authorities();
  }

  /** Publishes a new CRL in `manager`'s transaction (call it in the transaction that revokes, after `prepare()`). */
  async publish(manager: EntityManager, issuer: PkiCrlIssuer): Promise<PkiCrl> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [CRL_LOCK]);
    const authorities = await this.authority.authorities();
    const signer = issuer === PkiCrlIssuer.issuing ? authorities.issuing : authorities.root;
    const previous = await this.latest(issuer, manager);
    const thisUpdate = new Date(Math.floor(Date.now() / 1000) * 1000);
    const validityMs = issuer === PkiCrlIssuer.issuing ? this.config.pki.crlValidityHours * 3_600_000 : ROOT_CRL_VALIDITY_DAYS * 86_400_000;
    const nextUpdate = new Date(thisUpdate.getTime() + validityMs);
    const revoked = issuer === PkiCrlIssuer.issuing ? await this.revokedEntries(manager, thisUpdate) : [];
    const crlNumber = (previous?.crlNumber ?? 0) + 1;
    const der = await buildCrl(
      { issuerNameDer: signer.subjectNameDer, issuerKeyId: signer.keyId, crlNumber, thisUpdate, nextUpdate, revoked },
      signer.privateKey,
    );
    const row = manager.create(PkiCrl, { issuer, crlNumber, der, thisUpdate, nextUpdate });
    await manager.insert(PkiCrl, row);
    await this.cluster.publishOnCommit(manager, PKI_CRL_PUBLISHED, { issuer });
    // Other transactions may still be open on this process: the cache is refilled from the database.
    this.cache.delete(issuer);
    return row;
  }

  /** After the revoking transaction committed: the next request reads the new CRL. */
  invalidate(issuer: PkiCrlIssuer = PkiCrlIssuer.issuing): void {
    this.cache.delete(issuer);
  }

  /** Scheduled: a new CRL once half of the current one's validity has passed. */
  async refreshDue(): Promise<void> {
    for (const issuer of [PkiCrlIssuer.issuing, PkiCrlIssuer.root]) {
      const latest = await this.latest(issuer, this.dataSource.manager);
      if (!latest || this.needsRefresh(latest, new Date())) {
        await this.prepare();
        await this.dataSource.transaction((manager) => this.publish(manager, issuer));
      }
    }
  }

  private needsRefresh(crl: PkiCrl, now: Date): boolean {
    const half = (crl.nextUpdate.getTime() - crl.thisUpdate.getTime()) / 2;
    return now.getTime() >= crl.thisUpdate.getTime() + half;
  }

  private latest(issuer: PkiCrlIssuer, manager: EntityManager): Promise<PkiCrl | null> {
    return manager.findOne(PkiCrl, { where: { issuer }, order: { crlNumber: 'DESC' } });
  }

  /** Revoked certificates until they expire (RFC 5280 allows dropping expired ones). */
  private async revokedEntries(manager: EntityManager, now: Date): Promise<RevokedEntry[]> {
    const rows = await manager.find(IssuedCertificate, {
      where: { revokedAt: Not(IsNull()), notAfter: MoreThan(now) },
      select: { serialHex: true, revokedAt: true, revocationReason: true },
      order: { revokedAt: 'ASC' },
    });
    return rows.map((row) => ({
      serialHex: row.serialHex,
      revokedAt: row.revokedAt!,
      reason: row.revocationReason ?? RevocationReason.unspecified,
    }));
  }
}
