import { Controller, Get, Param, ParseEnumPipe, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { Role, STAFF_ROLES } from '../../common/auth/role.js';
import { formatDate } from '../../common/i18n/formatting.js';
import { CaseExportQuery } from '../dto/backoffice-case.inputs.js';
import { CaseExport } from './case-export.js';
import { EXPORT_CONTENT_TYPES, exportFile, type ExportFormat, type ExportSheet } from './export-files.js';
import { OfficeStatisticsService } from './office-statistics.service.js';
import { StatisticsFilter, StatisticsIntervalInput } from './statistics.inputs.js';
import { StatisticsLabels } from './statistics-labels.js';

enum Format {
  csv = 'csv',
  xlsx = 'xlsx',
}

/** Downloads of the case queue and of the statistics, in the staff member's language, as CSV or XLSX. */
@Controller('api/backoffice')
export class BackofficeExportController {
  constructor(
    private readonly cases: CaseExport,
    private readonly statistics: OfficeStatisticsService,
    private readonly labels: StatisticsLabels,
  ) {}

  @Get('cases/export.:format')
  @Authenticated(...STAFF_ROLES)
  async casesExport(
    @CurrentActor() actor: Actor,
    @Param('format', new ParseEnumPipe(Format)) format: ExportFormat,
    @Query() query: CaseExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(reply, actor, format, 'cases', [await this.cases.sheet(actor, query)]);
  }

  @Get('statistics/export.:format')
  @Authenticated(...STAFF_ROLES, Role.staff_communication)
  async statisticsExport(
    @CurrentActor() actor: Actor,
    @Param('format', new ParseEnumPipe(Format)) format: ExportFormat,
    @Query() filter: StatisticsFilter,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const tables = await this.statistics.tables(actor, filter);
    const interval = filter.interval ?? StatisticsIntervalInput.month;
    const sheets = tables.map((table) => this.labels.sheet(actor.language, table, interval));
    return this.send(reply, actor, format, `statistics-${filter.from}-${filter.to}`, sheets);
  }

  private async send(reply: FastifyReply, actor: Actor, format: ExportFormat, name: string, sheets: ExportSheet[]) {
    const file = await exportFile(format, sheets, actor.language, (day) => formatDate(day, actor.language, 'medium'));
    void reply
      .header('content-type', EXPORT_CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${name}.${format}"`)
      .header('cache-control', 'private, no-store');
    return file;
  }
}
