import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WzCode } from '../entities/wz-code.entity.js';
import { WzEdition } from '../entities/wz-edition.entity.js';
import { ensureSomeWzEdition } from './wz-importer.js';
import { WzSearchIndex, type WzEntry, type WzMatch } from './wz-search.js';

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

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const created = await ensureSomeWzEdition(this.dataSource);
    if (created) this.logger.log(`no WZ edition yet: loaded the built-in excerpt (${created.codeCount} codes); import the complete list with npm run import:wz`);
    await this.current();
  }

  async suggestions(query: string, first: number): Promise<(WzEntry & { match: WzMatch })[]> {
    return (await this.current()).index.search(query, first);
  }

  /** The entry of the current edition, or null. */
  async find(code: string): Promise<WzEntry | null> {
    return (await this.current()).byCode.get(code.trim()) ?? null;
  }

  async edition(): Promise<WzEdition> {
    return (await this.current()).edition;
  }

  /** Forgets the loaded edition (after an import in this process). */
  invalidate(): void {
    this.loaded = null;
  }

  private async current(): Promise<Loaded> {
    const loaded = this.loaded;
    if (loaded && Date.now() - loaded.checkedAt < FRESH_MS) return loaded;
    if (loaded) {
      const current = await this.dataSource.manager.findOne(WzEdition, { where: { isCurrent: true }, select: { id: true } });
      if (current?.id === loaded.edition.id) {
        loaded.checkedAt = Date.now();
        return loaded;
      }
    }
    this.loading ??= this.load().finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(): Promise<Loaded> {
    const edition = await this.dataSource.manager.findOneBy(WzEdition, { isCurrent: true });
    if (!edition) throw new Error('no current WZ edition');
    const codes = await this.dataSource.manager.find(WzCode, {
      where: { editionId: edition.id },
      select: { code: true, level: true, parentCode: true, title: true, searchText: true },
    });
    const entries: WzEntry[] = codes.map(({ code, level, parentCode, title, searchText }) => ({ code, level, parentCode, title, searchText }));
    this.loaded = { edition, index: new WzSearchIndex(entries), byCode: new Map(entries.map((entry) => [entry.code, entry])), checkedAt: Date.now() };
    return this.loaded;
  }
}
