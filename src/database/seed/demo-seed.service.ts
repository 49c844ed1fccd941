import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Role } from '../../common/auth/role.js';
import { AccountDirectory, AccountService } from '../../identity/index.js';
import { ResidencyDemoSeed } from '../../residency/index.js';
import { NewsDemoSeed, SurveyDemoSeed } from '../../participation/index.js';
import { DEMO_VENUE_OPERATOR_EMAIL, VenueDemoSeed } from './venue-demo-seed.js';

interface DemoAccount {
  email: string;
  roles: Role[];
  preferredLanguage: string;
  description: string;
}

const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@demo.bochum-eresidency.example', roles: [Role.admin], preferredLanguage: 'de', description: 'Administrator' },
  {
    email: 'buergerbuero@demo.bochum-eresidency.example',
    roles: [Role.staff_citizens_office],
    preferredLanguage: 'de',
    description: 'Bürgerbüro (citizens’ office)',
  },
  {
    email: 'wirtschaft@demo.bochum-eresidency.example',
    roles: [Role.staff_economic_development],
    preferredLanguage: 'de',
    description: 'Wirtschaftsförderung (economic development)',
  },
  {
    email: 'kommunikation@demo.bochum-eresidency.example',
    roles: [Role.staff_communication],
    preferredLanguage: 'de',
    description: 'Presse- und Informationsamt (news, events, surveys)',
  },
  {
    email: 'resident@demo.bochum-eresidency.example',
    roles: [],
    preferredLanguage: 'en',
    description: 'A registered person without residency yet',
  },
  {
    email: DEMO_VENUE_OPERATOR_EMAIL,
    roles: [Role.venue_operator],
    preferredLanguage: 'de',
    description: 'Kasse Stadtbad Bochum (venue operator)',
  },
];

type Credentials = Record<string, { password: string; roles: Role[]; description: string }>;

/**
 * Seeds the demo city outside production, idempotently. Passwords are random per installation,
 * printed at start and kept in DATA_DIR/demo-credentials.json.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountService,
    private readonly directory: AccountDirectory,
    private readonly moduleRef: ModuleRef,
  ) {}

  get credentialsFile(): string {
    return path.resolve(this.config.database.dataDir, 'demo-credentials.json');
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.isProduction) return;
    const known: Credentials = existsSync(this.credentialsFile) ? JSON.parse(readFileSync(this.credentialsFile, 'utf8')) : {};
    const credentials: Credentials = {};
    for (const demo of DEMO_ACCOUNTS) {
      const existing = await this.directory.contactByEmail(demo.email);
      const remembered = known[demo.email]?.password;
      const password = existing && remembered ? remembered : `Demo-${randomBytes(9).toString('base64url')}`;
      if (!existing || !remembered) {
        await this.accounts.seedAccount(
          { email: demo.email, password, preferredLanguage: demo.preferredLanguage, roles: demo.roles },
          !remembered,
        );
      }
      credentials[demo.email] = { password, roles: demo.roles, description: demo.description };
    }
    await mkdir(path.dirname(this.credentialsFile), { recursive: true });
    await writeFile(this.credentialsFile, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
    const lines = Object.entries(credentials).map(([email, entry]) => `  ${entry.description.padEnd(46)} ${email}  ${entry.password}`);
    this.logger.log(`demo accounts (also in ${this.credentialsFile}):\n${lines.join('\n')}`);
    // A case for the back office to show; lives in the residents domain, looked up across modules.
    await this.moduleRef.get(ResidencyDemoSeed, { strict: false }).seed();
    await this.moduleRef.get(VenueDemoSeed, { strict: false }).seed();
    await this.moduleRef.get(SurveyDemoSeed, { strict: false }).seed();
    await this.moduleRef.get(NewsDemoSeed, { strict: false }).seed();
  }
}
