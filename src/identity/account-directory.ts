import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AssuranceLevel, meetsAssurance } from '../common/auth/assurance-level.js';
import { Role } from '../common/auth/role.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { dateOf, type StatementBatch } from '../common/loaders/statement-batch.js';
import { Account } from './account.entity.js';
import { normalizeEmail } from './email-address.js';
import { SessionCheck } from './session-check.service.js';

/** What other domains may know about an account: how to reach it, in which language, and what it may do. */
export interface AccountContact {
  id: string;
  email: string;
  /** Whether the owner of the account has confirmed the address through the e-mailed link. */
  emailVerified: boolean;
  /** The preferred language (a supported locale code, e.g. `de`). */
  language: string;
  roles: Role[];
  assuranceLevel: AssuranceLevel;
  createdAt: Date;
}

const CONTACT_COLUMNS = {
  id: true,
  email: true,
  emailVerifiedAt: true,
  preferredLanguage: true,
  roles: true,
  assuranceLevel: true,
  createdAt: true,
} as const;

const toContact = (account: Account): AccountContact => ({
  id: account.id,
  email: account.email,
  emailVerified: account.emailVerifiedAt !== null,
  language: account.preferredLanguage,
  roles: account.roles,
  assuranceLevel: account.assuranceLevel,
  createdAt: account.createdAt,
});

/**
 * The account directory other domains use: look-ups by id, e-mail and role, and the only writes to
 * `accounts` from outside identity (roles and assurance). Every method runs on the caller's
 * `EntityManager` when given, so it joins the caller's transaction instead of taking a second
 * connection; the writes require it (they lock the account row until the caller commits).
 */
@Injectable()
export class AccountDirectory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessionCheck: SessionCheck,
  ) {}

  async contactOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<AccountContact | null> {
    const account = await manager.findOne(Account, { where: { id: accountId }, select: CONTACT_COLUMNS });
    return account ? toContact(account) : null;
  }

  /** One query for all; unknown ids are missing from the map. */
  async contactsOf(accountIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, AccountContact>> {
    if (accountIds.length === 0) return new Map();
    const accounts = await manager.find(Account, { where: { id: In([...new Set(accountIds)]) }, select: CONTACT_COLUMNS });
    return new Map(accounts.map((account) => [account.id, toContact(account)]));
  }

  /** When each account was created, read as part of `batch` (one statement with the other reads queued with it). */
  async createdAtOfMany(accountIds: readonly string[], batch: StatementBatch): Promise<Map<string, Date>> {
    if (accountIds.length === 0) return new Map();
    const rows = await batch.rows<{ id: string; createdAt: string }>(
      'SELECT id, created_at AS "createdAt" FROM accounts WHERE id = ANY($1::uuid[])',
      [[...new Set(accountIds)]],
    );
    return new Map(rows.map((row) => [row.id, dateOf(row.createdAt)!]));
  }

  /** By e-mail address (compared trimmed and lower-cased, as stored). */
  async contactByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<AccountContact | null> {
    const account = await manager.findOne(Account, { where: { email: normalizeEmail(email) }, select: CONTACT_COLUMNS });
    return account ? toContact(account) : null;
  }

  /** Accounts holding at least one of `roles`, ordered by e-mail. */
  async withAnyRole(roles: readonly Role[], manager: EntityManager = this.dataSource.manager): Promise<AccountContact[]> {
    if (roles.length === 0) return [];
    const accounts = await manager
      .createQueryBuilder(Account, 'a')
      .select(['a.id', 'a.email', 'a.preferredLanguage', 'a.roles', 'a.assuranceLevel', 'a.createdAt'])
      .where('a.roles && CAST(:roles AS account_role[])', { roles: [...roles] })
      .orderBy('a.email', 'ASC')
      .getMany();
    return accounts.map(toContact);
  }

  async hasAnyRole(accountId: string, roles: readonly Role[], manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (roles.length === 0) return false;
    return manager
      .createQueryBuilder(Account, 'a')
      .where('a.id = :accountId AND a.roles && CAST(:roles AS account_role[])', { accountId, roles: [...roles] })
      .getExists();
  }

  /**
   * The account's current assurance level (null: no such account). With `forUpdate` (inside a
   * transaction) the account row stays locked until the caller commits, which serialises changes
   * to the same account.
   */
  async assuranceOf(
    accountId: string,
    manager: EntityManager = this.dataSource.manager,
    options: { forUpdate?: boolean } = {},
  ): Promise<AssuranceLevel | null> {
    const account = await manager.findOne(Account, {
      where: { id: accountId },
      select: { id: true, assuranceLevel: true },
      ...(options.forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    return account?.assuranceLevel ?? null;
  }

  /** Adds `role` (no-op when held); true when it changed. Locks the account row in the caller's transaction. */
  async grantRole(accountId: string, role: Role, manager: EntityManager): Promise<boolean> {
    const roles = await this.lockedRoles(accountId, manager);
    if (roles.includes(role)) return false;
    await manager.update(Account, { id: accountId }, { roles: [...roles, role] });
    // Applies to the account's current sessions from the next request on.
    this.sessionCheck.forgetAccount(accountId, manager);
    return true;
  }

  /** Removes `role` (no-op when not held); true when it changed. Locks the account row in the caller's transaction. */
  async withdrawRole(accountId: string, role: Role, manager: EntityManager): Promise<boolean> {
    const roles = await this.lockedRoles(accountId, manager);
    if (!roles.includes(role)) return false;
    await manager.update(Account, { id: accountId }, { roles: roles.filter((held) => held !== role) });
    this.sessionCheck.forgetAccount(accountId, manager);
    return true;
  }

  /**
   * Raises the account's assurance level to `level`; never lowers it. Returns the level before.
   * Locks the account row in the caller's transaction.
   */
  async raiseAssurance(accountId: string, level: AssuranceLevel, manager: EntityManager): Promise<AssuranceLevel> {
    const previous = await this.assuranceOf(accountId, manager, { forUpdate: true });
    if (previous === null) throw DomainException.notFound();
    if (!meetsAssurance(previous, level)) {
      await manager.update(Account, { id: accountId }, { assuranceLevel: level });
      this.sessionCheck.forgetAccount(accountId, manager);
    }
    return previous;
  }

  private async lockedRoles(accountId: string, manager: EntityManager): Promise<Role[]> {
    const account = await manager.findOne(Account, {
      where: { id: accountId },
      select: { id: true, roles: true },
      lock: { mode: 'pessimistic_write' },
    });
    if (!account) throw DomainException.notFound();
    return account.roles;
  }
}
