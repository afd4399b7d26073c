import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { NotificationsService } from './notifications.service';

const CHECK_EVERY_MS = 15 * 60_000;

/**
 * Sends the daily digests once the configured hour (UTC) has passed: every quarter of an hour
 * it sends whatever is pending from before today's digest time. Locked rows make a second API
 * process skip what the first is sending.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DigestScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') return;
    this.timer = setInterval(() => void this.tick(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    const now = new Date();
    const cut = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), this.config.DIGEST_HOUR_UTC));
    if (now < cut) return;
    try {
      const sent = await this.notifications.sendDigests(cut);
      if (sent > 0) this.logger.log({ sent }, 'daily digests sent');
    } catch (error) {
      this.logger.error({ err: error }, 'daily digests failed; they will be retried');
    }
  }
}
