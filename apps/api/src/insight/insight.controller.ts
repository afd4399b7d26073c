import { Controller } from '@nestjs/common';
import { type QueryOf, routes } from '@srt/contracts';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import { InsightService } from './insight.service';

@Controller()
export class InsightController {
  constructor(private readonly insight: InsightService) {}

  @Endpoint(routes.stats)
  get(@CurrentUser() user: SessionUser, @Input('query') query: QueryOf<typeof routes.stats>) {
    return this.insight.figures(user, query);
  }
}
