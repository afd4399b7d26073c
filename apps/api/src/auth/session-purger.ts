import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PeriodicJob } from '../scheduling/periodic-job';
import { SessionService } from './session.service';

/** Deletes sessions past their idle or absolute limit every hour; a lookup refuses them anyway. */
@Injectable()
export class SessionPurger extends PeriodicJob {
  protected readonly failure = 'deleting expired sessions failed; the next run retries';

  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(60 * 60_000, config);
  }

  async run(): Promise<void> {
    await this.sessions.purgeExpired();
  }
}
