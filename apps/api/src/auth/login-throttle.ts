import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DomainError } from '../http/problems';

/**
 * Counts failed sign-ins per email and per client address in PostgreSQL (rate-limiter-flexible),
 * so every API process shares the same counters. A success clears the email's counter.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly pool: Pool;
  private readonly byEmail: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new Pool({ connectionString: config.DATABASE_URL, max: 2, connectionTimeoutMillis: 3000 });
    // An idle connection dropped by a database restart must not crash the process; the pool reconnects.
    this.pool.on('error', (error) => this.logger.warn({ err: error }, 'login throttle: idle database connection lost'));
    const options = {
      storeClient: this.pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      points: config.LOGIN_MAX_FAILURES,
      duration: config.LOGIN_WINDOW_MINUTES * 60,
    };
    this.byEmail = new RateLimiterPostgres({ ...options, keyPrefix: 'login-email' });
    this.byAddress = new RateLimiterPostgres({ ...options, keyPrefix: 'login-ip' });
  }

  /** Refuses with 429 when either counter is already spent. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [emailState, addressState] = await Promise.all([this.byEmail.get(email), this.byAddress.get(address)]);
    const blocking = [emailState, addressState].filter(
      (state): state is RateLimiterRes => state !== null && state.consumedPoints >= this.byEmail.points,
    );
    if (blocking.length > 0) {
      throw new DomainError('TOO_MANY_ATTEMPTS', {
        retryAfterSeconds: Math.ceil(Math.max(...blocking.map((state) => state.msBeforeNext)) / 1000),
      });
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.penalty(email, 1), this.byAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
