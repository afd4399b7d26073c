import { Injectable } from '@nestjs/common';
import type { TItemFilters, TStats } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { StatsRepository, statsTalliesCanAnswer } from './stats.repository';

@Injectable()
export class InsightService {
  constructor(private readonly stats: StatsRepository) {}

  /**
   * Every figure over the filtered, visible items (the same filters as /items): from the tallies
   * when they can answer the filters, item by item otherwise. Both give the same figures.
   */
  figures(user: SessionUser, filters: TItemFilters): Promise<TStats> {
    return statsTalliesCanAnswer(filters) ? this.stats.tallied(user, filters) : this.stats.counted(user, filters);
  }
}
