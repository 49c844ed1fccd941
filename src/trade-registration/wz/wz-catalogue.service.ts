import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { WzCode } from '../entities/wz-code.entity.js';
import { WzEdition } from '../entities/wz-edition.entity.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { builtinWzSource, wzKindsFor } from './builtin-wz-edition.js';
import { ensureBuiltinWzEdition } from './wz-importer.js';
import { WzSearchIndex, type WzEntry, type WzHit } from './wz-search.js';

/** How long a loaded edition is trusted before checking whether staff made another one current. */
const FRESH_MS = 30_000;

interface Loaded {
  edition: WzEdition;
  index: WzSearchIndex;
  byCode: Map<string, WzEntry>;
  checkedAt: number;
}

/** The current WZ edition in memory: suggestions while typing and the check of a chosen code. */
@Injectable()
export class WzCatalogue implements OnApplicationBootstrap {
  private readonly logger = new Logger('WzCatalogue');
  private loaded: Loaded | null = null;
  private loading: Promise<Loaded> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { wzDataDir, wzEdition } = this.config.tradeRegistration;
    const created = await ensureBuiltinWzEdition(this.dataSource, builtinWzSource(wzDataDir, wzEdition));
    if (created)
      this.logger.log(
        `loaded the built-in ${created.version} (${created.codeCount} codes); staff import newer editions with npm run import:wz`,
      );
    // Warmed in the background: the first suggestion waits for the same load instead of the start.
    void this.current().catch((error: unknown) => this.logger.error({ err: error }, 'could not load the current WZ edition'));
  }

  async suggestions(query: string, first: number): Promise<WzHit[]> {
    return (await this.current()).index.search(query, first);
  }

  /** The entry of the current edition, or null; inside a transaction pass its `manager` (no second connection). */
  async find(code: string, manager?: EntityManager): Promise<WzEntry | null> {
    return (await this.current(manager)).byCode.get(code.trim()) ?? null;
  }

  async edition(manager?: EntityManager): Promise<WzEdition> {
    return (await this.current(manager)).edition;
  }

  /** Forgets the loaded edition (after an import in this process). */
  invalidate(): void {
    this.loaded = null;
  }

  private async current(manager: EntityManager = this.dataSource.manager): Promise<Loaded> {
    const loaded = this.loaded;
    if (loaded && Date.now() - loaded.checkedAt < FRESH_MS) return loaded;
    if (loaded) {
      const current = await manager.findOne(WzEdition, { where: { isCurrent: true }, select: { id: true } });
      if (current?.id === loaded.edition.id) {
        loaded.checkedAt = Date.now();
        return loaded;
      }
    }
    this.loading ??= this.load(manager).finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(manager: EntityManager): Promise<Loaded> {
    const edition = await manager.findOneBy(WzEdition, { isCurrent: true });
    if (!edition) throw new Error('no current WZ edition');
    const codes = await manager.find(WzCode, {
      where: { editionId: edition.id },
      select: { code: true, level: true, parentCode: true, title: true, searchText: true },
    });
    const entries: WzEntry[] = codes.map(({ code, level, parentCode, title, searchText }) => ({
      code,
      level,
      parentCode,
      title,
      searchText,
    }));
    this.loaded = {
      edition,
      index: new WzSearchIndex(entries, wzKindsFor(this.config.tradeRegistration.wzDataDir, edition.classification)),
      byCode: new Map(entries.map((entry) => [entry.code, entry])),
      checkedAt: Date.now(),
    };
    return this.loaded;
  }
}
