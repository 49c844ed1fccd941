import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import { AssuranceLevel, meetsAssurance } from '../common/auth/assurance-level.js';
import { AuditService } from '../common/audit/audit.service.js';
import { dateOf, type StatementBatch } from '../common/loaders/statement-batch.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AccountDirectory } from '../identity/index.js';
import { VerifiedIdentityRecord } from './entities/verified-identity.entity.js';
import { IdentityVerificationException } from './identity-verification.exception.js';
import type { IdentityVerificationMethod } from './identity-verification-method.js';
import { readAll } from '../database/read-all.js';

export interface VerifiedIdentity {
  accountId: string;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** ISO 3166-1 alpha-2 */
  nationality: string;
  placeOfBirth: string | null;
  level: AssuranceLevel;
  method: 'eid' | 'video' | 'in_person';
  verifiedAt: Date;
}

/** The services whose level of assurance the city's policy sets (config: ASSURANCE_REQUIRED_*). */
export type AssuredService = 'company_creation' | 'trade_registration' | 'signature_certificate' | 'residency_auto_approval';

/** The level each identification method reaches at most (eID: as the eID service reports it). */
export const METHOD_LEVELS: Record<IdentityVerificationMethod, AssuranceLevel> = {
  eid: AssuranceLevel.high,
  video: AssuranceLevel.substantial,
  in_person: AssuranceLevel.high,
};

/** What a verification source confirmed about a person. */
export interface ConfirmedIdentity {
  givenName: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  placeOfBirth: string | null;
  level: AssuranceLevel;
  method: IdentityVerificationMethod;
  /** The eID issuer or the video partner. */
  source: string;
  sourceSubject: string;
}

function toVerifiedIdentity(record: VerifiedIdentityRecord): VerifiedIdentity {
  return {
    accountId: record.accountId,
    givenName: record.givenName,
    familyName: record.familyName,
    birthDate: record.birthDate,
    nationality: record.nationality,
    placeOfBirth: record.placeOfBirth,
    level: record.level,
    method: record.method,
    verifiedAt: record.verifiedAt,
  };
}

const UNIQUE_VIOLATION = '23505';

const normalised = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('de');

function samePerson(existing: VerifiedIdentityRecord, confirmed: ConfirmedIdentity): boolean {
  return (
    normalised(existing.givenName) === normalised(confirmed.givenName) &&
    normalised(existing.familyName) === normalised(confirmed.familyName) &&
    existing.birthDate === confirmed.birthDate
  );
}

/** The verified identities of account holders and the assurance level they give (contract #1). */
@Injectable()
export class VerifiedIdentities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly accounts: AccountDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The level the city's assurance policy requires for `service`. */
  requiredFor(service: AssuredService): AssuranceLevel {
    const policy = this.config.identityVerification.assurancePolicy;
    const levels: Record<AssuredService, string> = {
      company_creation: policy.companyCreation,
      trade_registration: policy.tradeRegistration,
      signature_certificate: policy.signatureCertificate,
      residency_auto_approval: policy.residencyAutoApproval,
    };
    return levels[service] as AssuranceLevel;
  }

  async of(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<VerifiedIdentity | null> {
    const record = await manager.findOneBy(VerifiedIdentityRecord, { accountId });
    return record ? toVerifiedIdentity(record) : null;
  }

  async ofMany(accountIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, VerifiedIdentity>> {
    if (accountIds.length === 0) return new Map();
    const records = await manager.findBy(VerifiedIdentityRecord, { accountId: In([...new Set(accountIds)]) });
    return new Map(records.map((record) => [record.accountId, toVerifiedIdentity(record)]));
  }

  /** The level, method and time of each account's verified identity, read as part of `batch`; unverified accounts are missing. */
  async assurancesOfMany(
    accountIds: readonly string[],
    batch: StatementBatch,
  ): Promise<Map<string, { level: AssuranceLevel; method: IdentityVerificationMethod; verifiedAt: Date }>> {
    if (accountIds.length === 0) return new Map();
    const rows = await batch.rows<{ accountId: string; level: AssuranceLevel; method: IdentityVerificationMethod; verifiedAt: string }>(
      `SELECT account_id AS "accountId", level, method, verified_at AS "verifiedAt" FROM verified_identities
        WHERE account_id = ANY($1::uuid[])`,
      [[...new Set(accountIds)]],
    );
    return new Map(rows.map((row) => [row.accountId, { level: row.level, method: row.method, verifiedAt: dateOf(row.verifiedAt)! }]));
  }

  /** The account a source identity (e.g. eID issuer + subject) verified, if any. */
  async accountOfSource(source: string, sourceSubject: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const record = await manager.findOne(VerifiedIdentityRecord, { where: { source, sourceSubject }, select: { accountId: true } });
    return record?.accountId ?? null;
  }

  /**
   * Other accounts whose verified identity names the same person (name and date of birth), e.g.
   * one person verified twice by video. Empty when `accountId` has no verified identity.
   */
  async otherAccountsOfSamePerson(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.query<{ account_id: string }[]>(
      `SELECT o.account_id FROM verified_identities v JOIN verified_identities o
         ON o.account_id <> v.account_id AND o.birth_date = v.birth_date
        AND lower(normalize(btrim(o.given_name), NFC)) = lower(normalize(btrim(v.given_name), NFC))
        AND lower(normalize(btrim(o.family_name), NFC)) = lower(normalize(btrim(v.family_name), NFC))
       WHERE v.account_id = $1`,
      [accountId],
    );
    return rows.map((row) => row.account_id);
  }

  /** The account's current level, read from the database (the token's may be older). */
  async currentLevel(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<AssuranceLevel> {
    return (await this.accounts.assuranceOf(accountId, manager)) ?? AssuranceLevel.low;
  }

  /**
   * Reads the CURRENT level from the database; throws ASSURANCE_TOO_LOW (params { required }) when
   * below or when there is no verified identity.
   */
  async requireAssurance(
    actor: Actor,
    required: AssuranceLevel,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VerifiedIdentity> {
    const [level, identity] = await readAll(manager, [
      () => this.currentLevel(actor.accountId, manager),
      () => this.of(actor.accountId, manager),
    ]);
    if (!identity || !meetsAssurance(level, required)) throw IdentityVerificationException.assuranceTooLow(required);
    return identity;
  }

  /**
   * Stores what a source confirmed and raises the account's level (never lowers it). A weaker
   * proof does not replace a stronger one; a proof of another person is refused, and so is a
   * source identity (one eID) that already verified another account (IDENTITY_IN_USE). Must run
   * inside the caller's transaction.
   */
  async record(manager: EntityManager, accountId: string, confirmed: ConfirmedIdentity): Promise<VerifiedIdentity> {
    // Locking the account row serialises proofs of the same person.
    const previousLevel = await this.accounts.assuranceOf(accountId, manager, { forUpdate: true });
    if (!previousLevel) throw IdentityVerificationException.notFound();
    const existing = await manager.findOneBy(VerifiedIdentityRecord, { accountId });
    if (existing && !samePerson(existing, confirmed)) {
      await this.audit.record(
        {
          action: 'identity_verification.mismatch',
          actorAccountId: accountId,
          subjectType: 'account',
          subjectId: accountId,
          details: { method: confirmed.method, source: confirmed.source },
        },
        manager,
      );
      throw IdentityVerificationException.identityMismatch();
    }
    const holder = await this.accountOfSource(confirmed.source, confirmed.sourceSubject, manager);
    if (holder && holder !== accountId) {
      await this.audit.record(
        {
          action: 'identity_verification.identity_in_use',
          actorAccountId: accountId,
          subjectType: 'account',
          subjectId: accountId,
          details: { method: confirmed.method, source: confirmed.source },
        },
        manager,
      );
      throw IdentityVerificationException.identityInUse();
    }
    let stored = existing;
    if (!existing || meetsAssurance(confirmed.level, existing.level)) {
      stored = await this.save(manager, {
        accountId,
        givenName: confirmed.givenName.trim(),
        familyName: confirmed.familyName.trim(),
        birthDate: confirmed.birthDate,
        nationality: confirmed.nationality.toUpperCase(),
        placeOfBirth: confirmed.placeOfBirth?.trim() || null,
        level: confirmed.level,
        method: confirmed.method,
        source: confirmed.source,
        sourceSubject: confirmed.sourceSubject,
        verifiedAt: new Date(),
      });
    }
    await this.accounts.raiseAssurance(accountId, confirmed.level, manager);
    await this.audit.record(
      {
        action: 'identity_verification.verified',
        actorAccountId: accountId,
        subjectType: 'account',
        subjectId: accountId,
        details: { method: confirmed.method, source: confirmed.source, level: confirmed.level, previousLevel, stored: stored !== existing },
      },
      manager,
    );
    return toVerifiedIdentity(stored!);
  }

  /** Saves in a savepoint: when a concurrent proof took the same source identity, the unique index decides. */
  private async save(manager: EntityManager, values: Partial<VerifiedIdentityRecord>): Promise<VerifiedIdentityRecord> {
    try {
      return await manager.transaction((savepoint) => savepoint.save(savepoint.create(VerifiedIdentityRecord, values)));
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === UNIQUE_VIOLATION && constraint === 'UQ_verified_identities_source_subject')
        throw IdentityVerificationException.identityInUse();
      throw error;
    }
  }
}
