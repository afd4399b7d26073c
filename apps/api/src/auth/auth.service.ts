import { Inject, Injectable } from '@nestjs/common';
import type { TLoginRequest, TMe, TPasswordResetConfirm, TUpdateMe } from '@srt/contracts';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AfterResponse } from '../database/after-response';
import { PrismaService } from '../database/prisma.service';
import { DomainError, fieldIssue, NotFound } from '../http/problems';
import { MailService } from '../mail/mail.service';
import { toMe } from '../users/user.mapper';
import { UserTokensRepository } from '../users/user-tokens.repository';
import { UsersRepository } from '../users/users.repository';
import { passwordResetEmail } from './account-emails';
import { AuthThrottle } from './auth-throttle';
import { hashPassword, UNKNOWN_ACCOUNT_HASH, verifyPassword } from './password-hasher';
import { SessionService } from './session.service';
import type { SessionUser } from './session-user';
import { hashSecret, newSecret } from './tokens';
import { TrustedDevices } from './trusted-device';

export const RESET_LINK_MINUTES = 60;

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly tokens: UserTokensRepository,
    private readonly sessions: SessionService,
    private readonly throttle: AuthThrottle,
    private readonly devices: TrustedDevices,
    private readonly mail: MailService,
    private readonly afterResponse: AfterResponse,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * An unknown email, an inactive account and a wrong password give the same answer after the
   * same work (one scrypt verification), so sign-in reveals nothing about who has an account.
   * The attempt is counted before the password is checked (see AuthThrottle).
   */
  async login(input: TLoginRequest, request: Request, response: Response): Promise<TMe> {
    const user = await this.users.findByEmail(input.email);
    const attempt = await this.throttle.beginSignIn({
      email: input.email,
      address: request.ip ?? 'unknown',
      device: await this.devices.recognise(request, user?.id),
    });
    const storedHash = user?.active && user.passwordHash ? user.passwordHash : await UNKNOWN_ACCOUNT_HASH;
    const matches = await verifyPassword(input.password, storedHash);
    if (!user || !user.active || !user.passwordHash || !matches) {
      await this.throttle.signInFailed(attempt);
      await this.audit.record({
        actorId: user?.id ?? null,
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        summary: 'Failed sign-in',
        requestId: request.id as string,
      });
      throw new DomainError('WRONG_CREDENTIALS');
    }
    await this.throttle.signInSucceeded(attempt);
    await this.prisma.$transaction(async (tx) => {
      await this.sessions.start(user.id, request, response, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
          summary: 'Signed in',
          requestId: request.id as string,
        },
        tx,
      );
    });
    if (!attempt.device) await this.devices.trust(user.id, response);
    return toMe(user);
  }

  async logout(user: SessionUser, sessionId: string, response: Response, requestId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.sessions.end(sessionId, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'auth.logout',
          entityType: 'user',
          entityId: user.id,
          summary: 'Signed out',
          requestId,
        },
        tx,
      );
    });
    this.sessions.forgetRemembered();
    this.sessions.clearCookie(response);
  }

  async me(user: SessionUser): Promise<TMe> {
    const row = await this.users.findById(user.id);
    if (!row) throw new NotFound('user');
    return toMe(row);
  }

  async updateMe(user: SessionUser, input: TUpdateMe, requestId: string): Promise<TMe> {
    const row = await this.prisma.$transaction(async (tx) => {
      const updated = await this.users.update(user.id, { preferredLanguage: input.preferredLanguage }, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'user.preferences_changed',
          entityType: 'user',
          entityId: user.id,
          summary: `Language set to ${input.preferredLanguage}`,
          requestId,
        },
        tx,
      );
      return updated;
    });
    this.sessions.forgetRemembered();
    return toMe(row);
  }

  /**
   * Always accepted, and answered before anything is looked up: an existing account and an
   * unknown email take the same time. The email then goes out only to an existing, active
   * account, at most PASSWORD_RESET_EMAILS_PER_HOUR times an hour whoever asks.
   */
  async requestPasswordReset(email: string, address: string, requestId: string): Promise<void> {
    await this.throttle.spendResetAttempt(address);
    this.afterResponse.run('password reset email', () => this.sendPasswordReset(email, requestId));
  }

  private async sendPasswordReset(email: string, requestId: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || !user.active || !(await this.throttle.takeResetEmail(user.id))) return;
    const { secret, hash } = newSecret();
    const outboxId = await this.prisma.$transaction(async (tx) => {
      await this.tokens.revokeUnused(user.id, tx);
      await this.tokens.create(
        {
          tokenHash: hash,
          userId: user.id,
          purpose: 'PASSWORD_RESET',
          expiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60_000),
        },
        tx,
      );
      await this.audit.record(
        {
          actorId: null,
          action: 'auth.password_reset_requested',
          entityType: 'user',
          entityId: user.id,
          summary: 'Password reset link sent',
          requestId,
        },
        tx,
      );
      const link = `${this.config.PUBLIC_URL}/reset-password?token=${secret}`;
      return this.mail.enqueue(
        passwordResetEmail(user.email, user.displayName, link, user.preferredLanguage, RESET_LINK_MINUTES),
        tx,
      );
    });
    await this.mail.deliver([outboxId]);
  }

  /**
   * Sets the password from a reset or invitation link; the link then stops working and every
   * session ends. The link is checked before the new password is hashed: a guessed token costs
   * one lookup, not a scrypt.
   */
  async confirmPasswordReset(input: TPasswordResetConfirm, address: string, requestId: string): Promise<void> {
    await this.throttle.spendResetAttempt(address);
    const tokenHash = hashSecret(input.token);
    const invalidLink = () => new DomainError('INVALID_LINK', { errors: [fieldIssue('token', 'INVALID_LINK')] });
    if (!(await this.tokens.findLive(tokenHash))) throw invalidLink();
    const passwordHash = await hashPassword(input.password);
    const email = await this.prisma.$transaction(async (tx) => {
      const token = await this.tokens.consume(tokenHash, tx);
      if (!token) throw invalidLink();
      const owner = await this.users.update(token.userId, { passwordHash }, tx);
      await this.tokens.revokeUnused(token.userId, tx);
      await this.sessions.endAllFor(token.userId, tx);
      const action = token.purpose === 'INVITATION' ? 'auth.invitation_accepted' : 'auth.password_reset';
      await this.audit.record(
        {
          actorId: token.userId,
          action,
          entityType: 'user',
          entityId: token.userId,
          summary: 'Password set from an emailed link',
          requestId,
        },
        tx,
      );
      return owner.email;
    });
    this.sessions.forgetRemembered();
    // Whoever holds the emailed link owns the account: lock-outs others caused end here.
    await this.throttle.forgetAccountFailures(email);
  }
}
