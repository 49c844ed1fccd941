import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor.js';
import { CaseWorkService } from '../case-work.service.js';
import type { CaseExportQuery } from '../dto/backoffice-case.inputs.js';
import type { ExportSheet } from './export-files.js';
import { StatisticsLabels } from './statistics-labels.js';

const COLUMNS = ['case', 'kind', 'status', 'outcome', 'received', 'due', 'overdue', 'closed'];

/**
 * One page of the case queue (same filter, same order, same authorisation) as a table, in one statement:
 * no applicant or staff data, only what the queue says about each case.
 */
@Injectable()
export class CaseExport {
  constructor(
    private readonly cases: CaseWorkService,
    private readonly labels: StatisticsLabels,
  ) {}

  async sheet(actor: Actor, query: CaseExportQuery): Promise<ExportSheet> {
    const { first = 1000, after, ...filter } = query;
    const { rows } = await this.cases.list(actor, filter, first, after);
    const t = (key: string) => this.labels.t(actor.language, key);
    const now = Date.now();
    return {
      title: t('export.casesTitle'),
      header: COLUMNS.map((column) => t(`export.columns.${column}`)),
      rows: rows.map((row) => [
        row.id,
        t(`kinds.${row.kind}`),
        t(`statuses.${row.status}`),
        row.outcome ? t(`outcomes.${row.outcome}`) : null,
        row.createdAt,
        row.dueAt,
        row.status !== 'closed' && row.dueAt.getTime() < now ? t('export.yes') : t('export.no'),
        row.closedAt,
      ]),
    };
  }
}
