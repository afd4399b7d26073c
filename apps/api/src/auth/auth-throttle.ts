import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DomainError } from '../http/problems';
import type { TrustedDevice } from './trusted-device';

const HOUR_SECONDS = 3600;
const DAY_SECONDS = 24 * HOUR_SECONDS;

/** What a sign-in attempt was counted against, so its outcome can be settled on the same counters. */
export interface SignInAttempt {
  email: string;
  address: string;
  device: TrustedDevice | null;
}

interface CountedSignIn extends SignInAttempt {
  /** This attempt took the account's last one: if it fails, the account locks. */
  lastBeforeLock: boolean;
}

/**
 * The counters that keep password guessing slow, in PostgreSQL (rate-limiter-flexible), so every
 * API process shares them. Each attempt is counted before its password is checked, in one atomic
 * statement, so concurrent guesses cannot all pass a check made before any of them is counted.
 *
 * - Per account: LOGIN_MAX_FAILURES failures lock it for LOGIN_WINDOW_MINUTES, and each further
 *   lock within a day doubles (up to a day). A success clears the account's failures.
 * - Per client address: LOGIN_ADDRESS_MAX_FAILURES failures across accounts (a delegation may
 *   share one address). A success refunds its own attempt but never clears the others: one
 *   valid account must not let its holder launder guesses at other accounts.
 * - A browser holding a device cookie for the account (see TrustedDevices) is counted on its own
 *   counter instead, so a lock-out caused elsewhere does not keep the owner out.
 * - Password reset: requests and link confirmations per address, and emails per account.
 */
@Injectable()
export class AuthThrottle implements OnModuleDestroy {
  private readonly logger = new Logger(AuthThrottle.name);
  private readonly pool: Pool;
  private readonly byAccount: RateLimiterPostgres;
  private readonly accountLocks: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;
  private readonly byDevice: RateLimiterPostgres;
  private readonly resetByAddress: RateLimiterPostgres;
  private readonly resetEmailsByAccount: RateLimiterPostgres;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.pool = new Pool({ connectionString: config.DATABASE_URL, max: 2, connectionTimeoutMillis: 3000 });
    // An idle connection dropped by a database restart must not crash the process; the pool reconnects.
    this.pool.on('error', (error) => this.logger.warn({ err: error }, 'auth throttle: idle database connection lost'));
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({
        storeClient: this.pool,
        storeType: 'pool',
        tableName: 'rate_limit',
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration,
      });
    const window = config.LOGIN_WINDOW_MINUTES * 60;
    this.byAccount = limiter('login-email', config.LOGIN_MAX_FAILURES, window);
    this.accountLocks = limiter('login-email-locks', Number.MAX_SAFE_INTEGER, DAY_SECONDS);
    this.byAddress = limiter('login-ip', config.LOGIN_ADDRESS_MAX_FAILURES, window);
    this.byDevice = limiter('login-device', config.LOGIN_MAX_FAILURES, window);
    this.resetByAddress = limiter('reset-ip', config.PASSWORD_RESET_MAX_PER_HOUR, HOUR_SECONDS);
    this.resetEmailsByAccount = limiter('reset-email', config.PASSWORD_RESET_EMAILS_PER_HOUR, HOUR_SECONDS);
  }

  /** Counts the attempt, or refuses it with 429 when a counter it is charged to is spent. */
  async beginSignIn(attempt: SignInAttempt): Promise<CountedSignIn> {
    if (attempt.device) {
      await spend([[this.byDevice, attempt.device.deviceId]]);
      return { ...attempt, lastBeforeLock: false };
    }
    const [account] = await spend([
      [this.byAccount, attempt.email],
      [this.byAddress, attempt.address],
    ]);
    return { ...attempt, lastBeforeLock: account.remainingPoints === 0 };
  }

  async signInFailed(attempt: CountedSignIn): Promise<void> {
    if (!attempt.lastBeforeLock) return;
    // Lock the account, longer each time within a day: guessing slows down geometrically.
    const locks = await this.accountLocks.penalty(attempt.email, 1);
    const seconds = Math.min(this.config.LOGIN_WINDOW_MINUTES * 60 * 2 ** (locks.consumedPoints - 1), DAY_SECONDS);
    await this.byAccount.block(attempt.email, seconds);
  }

  async signInSucceeded(attempt: SignInAttempt): Promise<void> {
    if (attempt.device) {
      await this.byDevice.delete(attempt.device.deviceId);
      return;
    }
    await Promise.all([this.forgetAccountFailures(attempt.email), this.byAddress.reward(attempt.address, 1)]);
  }

  /** After the owner proved control of the account (a password set from its emailed link). */
  async forgetAccountFailures(email: string): Promise<void> {
    await Promise.all([this.byAccount.delete(email), this.accountLocks.delete(email)]);
  }

  /** Password-reset requests and link confirmations from one address; 429 beyond the hourly limit. */
  async spendResetAttempt(address: string): Promise<void> {
    await spend([[this.resetByAddress, address]]);
  }

  /** Whether the account may receive one more reset email this hour (counting it if so). */
  async takeResetEmail(userId: string): Promise<boolean> {
    try {
      await this.resetEmailsByAccount.consume(userId, 1);
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * Charges one point to each counter; if any is spent, refunds the others and answers 429 with
 * the longest wait. A database error passes through (the problem filter answers 503).
 */
async function spend(charges: Array<[RateLimiterPostgres, string]>): Promise<RateLimiterRes[]> {
  const results = await Promise.allSettled(charges.map(([limiter, key]) => limiter.consume(key, 1)));
  const failure = results.find(
    (result): result is PromiseRejectedResult =>
      result.status === 'rejected' && !(result.reason instanceof RateLimiterRes),
  );
  const refused = results.flatMap((result) =>
    result.status === 'rejected' && result.reason instanceof RateLimiterRes ? [result.reason] : [],
  );
  if (failure || refused.length > 0) {
    await Promise.all(
      charges.map(([limiter, key], index) =>
        results[index].status === 'fulfilled' ? limiter.reward(key, 1) : Promise.resolve(),
      ),
    );
  }
  if (failure) throw failure.reason;
  if (refused.length > 0) {
    throw new DomainError('TOO_MANY_ATTEMPTS', {
      retryAfterSeconds: Math.ceil(Math.max(...refused.map((state) => state.msBeforeNext)) / 1000),
    });
  }
  return results.map((result) => (result as PromiseFulfilledResult<RateLimiterRes>).value);
}
