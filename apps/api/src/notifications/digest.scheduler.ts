import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PeriodicJob } from '../scheduling/periodic-job';
import { NotificationsService } from './notifications.service';

/**
 * Sends the daily digests once the configured hour (UTC) has passed: every quarter of an hour
 * it sends whatever is pending from before today's digest time. Locked rows make a second API
 * process skip what the first is sending.
 */
@Injectable()
export class DigestScheduler extends PeriodicJob {
  protected readonly failure = 'daily digests failed; they will be retried';

  constructor(
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly settings: AppConfig,
  ) {
    super(15 * 60_000, settings);
  }

  async run(): Promise<void> {
    const now = new Date();
    const cut = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), this.settings.DIGEST_HOUR_UTC),
    );
    if (now < cut) return;
    const sent = await this.notifications.sendDigests(cut);
    if (sent > 0) this.logger.log({ sent }, 'daily digests sent');
  }
}
