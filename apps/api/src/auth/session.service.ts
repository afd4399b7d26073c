import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, cookieIsSecure, type AppConfig } from '../config/config';
import type { DatabaseClient } from '../database/prisma.service';
import { SessionCache } from './session-cache';
import { SessionRepository } from './session.repository';
import type { SessionUser } from './session-user';
import { hashSecret, newSecret } from './tokens';

export const SESSION_COOKIE = 'srt_session';
// Writing last_seen_at on every request would turn reads into writes; a minute's slack is enough.
const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly cache: SessionCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private idleSince(): Date {
    return new Date(Date.now() - this.config.SESSION_IDLE_MINUTES * 60_000);
  }

  async start(userId: string, request: Request, response: Response, client?: DatabaseClient): Promise<void> {
    const { secret, hash } = newSecret();
    const expiresAt = new Date(Date.now() + this.config.SESSION_ABSOLUTE_HOURS * 3_600_000);
    await this.sessions.create(
      { id: hash, userId, expiresAt, userAgent: request.get('user-agent')?.slice(0, 300) ?? null },
      client,
    );
    response.cookie(SESSION_COOKIE, secret, {
      httpOnly: true,
      sameSite: 'lax',
      secure: cookieIsSecure(this.config),
      path: '/',
      expires: expiresAt,
    });
  }

  /** Resolves the cookie to a live session; the hashed id is what the database knows. */
  async resolve(request: Request): Promise<{ user: SessionUser; sessionId: string } | null> {
    const secret: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof secret !== 'string' || secret.length < 20 || secret.length > 100) return null;
    const sessionId = hashSecret(secret);
    const live = await this.cache.lookup(sessionId, () => this.sessions.findLive(sessionId, this.idleSince()));
    if (!live) return null;
    if (Date.now() - live.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      // The remembered session is touched too, or every request until it is forgotten would write.
      live.lastSeenAt = new Date();
      await this.sessions.touch(sessionId);
    }
    return { user: live.user, sessionId };
  }

  clearCookie(response: Response): void {
    response.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: cookieIsSecure(this.config),
      path: '/',
    });
  }

  /** To call once a change to sessions or users is committed: see `SessionCache.invalidate`. */
  forgetRemembered(): void {
    this.cache.invalidate();
  }

  end(sessionId: string, client?: DatabaseClient) {
    return this.sessions.delete(sessionId, client);
  }

  endAllFor(userId: string, client?: DatabaseClient) {
    return this.sessions.deleteForUser(userId, client);
  }

  purgeExpired() {
    return this.sessions.deleteExpired(this.idleSince());
  }
}
