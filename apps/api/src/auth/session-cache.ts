import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { SessionUser } from './session-user';

export interface LiveSession {
  user: SessionUser;
  lastSeenAt: Date;
}

/**
 * Live sessions, remembered for SESSION_CACHE_MS. Every API request needs its session, and the
 * lookup was one of a browse request's two round trips to PostgreSQL (SPEC §6). A change to
 * sessions or users made by this process forgets them all at once (`invalidate`); a change made
 * by another process is seen here within SESSION_CACHE_MS.
 */
@Injectable()
export class SessionCache {
  private readonly lookups: LRUCache<string, Promise<LiveSession | null>> | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.lookups = config.SESSION_CACHE_MS > 0 ? new LRUCache({ max: 10_000, ttl: config.SESSION_CACHE_MS }) : null;
  }

  /** The remembered lookup of `sessionId`, or `load`'s; concurrent requests share one lookup. */
  lookup(sessionId: string, load: () => Promise<LiveSession | null>): Promise<LiveSession | null> {
    if (!this.lookups) return load();
    const remembered = this.lookups.get(sessionId);
    if (remembered) return remembered;
    const pending = load();
    this.lookups.set(sessionId, pending);
    // Only live sessions are remembered: an unknown cookie or a failed lookup asks again next time.
    const forgetUnlessLive = (live: LiveSession | null) => {
      if (!live && this.lookups?.peek(sessionId) === pending) this.lookups.delete(sessionId);
    };
    pending.then(forgetUnlessLive, () => forgetUnlessLive(null));
    return pending;
  }

  /**
   * Sessions or users changed (a sign-out, a deactivation, a new role…): the next request of
   * every session asks the database. Called after the change is committed, so no lookup can
   * remember the state before it.
   */
  invalidate(): void {
    this.lookups?.clear();
  }
}
