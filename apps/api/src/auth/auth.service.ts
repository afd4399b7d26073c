import { Inject, Injectable } from '@nestjs/common';
import type { TLoginRequest, TMe, TPasswordResetConfirm, TUpdateMe } from '@srt/contracts';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';
import { DomainError, fieldIssue, NotFound } from '../http/problems';
import { MailService } from '../mail/mail.service';
import { toMe } from '../users/user.mapper';
import { UserTokensRepository } from '../users/user-tokens.repository';
import { UsersRepository } from '../users/users.repository';
import { passwordResetEmail } from './account-emails';
import { LoginThrottle } from './login-throttle';
import { hashPassword, UNKNOWN_ACCOUNT_HASH, verifyPassword } from './password-hasher';
import { SessionService } from './session.service';
import type { SessionUser } from './session-user';
import { hashSecret, newSecret } from './tokens';

export const RESET_LINK_MINUTES = 60;

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly tokens: UserTokensRepository,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * An unknown email, an inactive account and a wrong password give the same answer after the
   * same work (one scrypt verification), so sign-in reveals nothing about who has an account.
   */
  async login(input: TLoginRequest, request: Request, response: Response): Promise<TMe> {
    const address = request.ip ?? 'unknown';
    const email = input.email;
    await this.throttle.assertAllowed(email, address);
    const user = await this.users.findByEmail(email);
    const storedHash = user?.active && user.passwordHash ? user.passwordHash : await UNKNOWN_ACCOUNT_HASH;
    const matches = await verifyPassword(input.password, storedHash);
    if (!user || !user.active || !user.passwordHash || !matches) {
      await this.throttle.recordFailure(email, address);
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
    await this.throttle.recordSuccess(email);
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
    return toMe(user);
  }

  async logout(user: SessionUser, sessionId: string, response: Response, requestId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await tx.session.deleteMany({ where: { id: sessionId } });
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

  /** Always accepted; an email goes out only to an existing, active account. */
  async requestPasswordReset(email: string, requestId: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || !user.active) return;
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
    // Not awaited: the answer must not take longer for an existing account than for an unknown one.
    void this.mail.deliver([outboxId]);
  }

  /** Sets the password from a reset or invitation link; the link then stops working and every session ends. */
  async confirmPasswordReset(input: TPasswordResetConfirm, requestId: string): Promise<void> {
    const passwordHash = await hashPassword(input.password);
    await this.prisma.$transaction(async (tx) => {
      const token = await this.tokens.consume(hashSecret(input.token), tx);
      if (!token) {
        throw new DomainError('INVALID_LINK', { errors: [fieldIssue('token', 'INVALID_LINK')] });
      }
      await this.users.update(token.userId, { passwordHash }, tx);
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
    });
    this.sessions.forgetRemembered();
  }
}
