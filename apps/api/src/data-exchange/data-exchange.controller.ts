import { Controller, Req, Res } from '@nestjs/common';
import { type BodyOf, type QueryOf, routes } from '@srt/contracts';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import type { ValidatedRequest } from '../http/validated-request';
import { ExportService } from './export.service';
import { ImportService } from './import.service';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

@Controller()
export class DataExchangeController {
  constructor(
    private readonly exports: ExportService,
    private readonly imports: ImportService,
  ) {}

  /** Streams straight to the response: a million rows never sit in memory. */
  @Endpoint(routes.exportItems)
  async export(
    @CurrentUser() user: SessionUser,
    @Input('query') query: QueryOf<typeof routes.exportItems>,
    @Res() response: Response,
  ) {
    const { format, ...filters } = query;
    response.setHeader('Content-Type', CONTENT_TYPES[format]);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="study-report-items-${new Date().toISOString().slice(0, 10)}.${format}"`,
    );
    if (format === 'xlsx') await this.exports.xlsx(user, filters, response);
    else await this.exports.csv(user, filters, response);
    response.end();
  }

  @Endpoint(routes.importItems)
  import(
    @CurrentUser() user: SessionUser,
    @Input('query') query: QueryOf<typeof routes.importItems>,
    @Input('body') body: BodyOf<typeof routes.importItems>,
    @Req() request: ValidatedRequest,
  ) {
    return this.imports.import(user, body, query, request.id);
  }
}
