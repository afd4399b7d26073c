import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PeriodicJob } from '../scheduling/periodic-job';
import { ItemTallyRepository } from './item-tally.repository';

/** Keeps the tallies small: every writing transaction appends deltas, this folds them each minute. */
@Injectable()
export class TallyCompactor extends PeriodicJob {
  protected readonly failure = 'folding the item tallies failed; counts stay exact, the next run retries';

  constructor(
    private readonly tallies: ItemTallyRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(60_000, config);
  }

  async run(): Promise<void> {
    await this.tallies.compact();
  }
}
