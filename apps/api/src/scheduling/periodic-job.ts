import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/config';

/**
 * Background work repeated every `everyMs` while the app runs. A failed run is logged and the
 * next one tries again. Not started under tests, which call `run` themselves when they need it.
 */
export abstract class PeriodicJob implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;

  protected constructor(
    private readonly everyMs: number,
    private readonly config: AppConfig,
  ) {}

  /** One round of the work. */
  abstract run(): Promise<void>;

  /** What the log says when a round fails. */
  protected abstract readonly failure: string;

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') return;
    this.timer = setInterval(() => void this.runLogged(), this.everyMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async runLogged(): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      this.logger.warn({ err: error }, this.failure);
    }
  }
}
