import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { ItemTallyRepository } from './item-tally.repository';

const COMPACT_EVERY_MS = 60_000;

/** Keeps the tallies small: every writing transaction appends deltas, this folds them each minute. */
@Injectable()
export class TallyCompactor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TallyCompactor.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly tallies: ItemTallyRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') return;
    this.timer = setInterval(() => void this.compact(), COMPACT_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async compact(): Promise<void> {
    try {
      await this.tallies.compact();
    } catch (error) {
      this.logger.warn({ err: error }, 'folding the item tallies failed; counts stay exact, the next run retries');
    }
  }
}
