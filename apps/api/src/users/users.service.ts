import { Inject, Injectable } from '@nestjs/common';
import {
  text,
  type TCreateOrganisation,
  type TCreateUser,
  type TOrganisation,
  type TUpdateUser,
  type TUser,
} from '@srt/contracts';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { newSecret } from '../auth/tokens';
import { invitationEmail } from '../auth/account-emails';
import { SessionService } from '../auth/session.service';
import type { SessionUser } from '../auth/session-user';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';
import { CursorSigner } from '../http/cursor';
import { DomainError, fieldIssue, NotFound, ValidationFailed } from '../http/problems';
import { MailService } from '../mail/mail.service';
import { OrganisationsRepository } from './organisations.repository';
import { toOrganisation, toUser } from './user.mapper';
import { UserTokensRepository } from './user-tokens.repository';
import { UsersRepository } from './users.repository';

export const INVITATION_DAYS = 7;

/** Where a page of users ended: the last email (the list is ordered by email). */
const ZUserCursor = z.object({ email: text().max(254) });

@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly tokens: UserTokensRepository,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly cursors: CursorSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(query: {
    q?: string;
    role?: TUser['role'];
    organisation?: string;
    active?: boolean;
    cursor?: string;
    limit: number;
  }) {
    const after = query.cursor ? await this.cursors.decode(query.cursor, ZUserCursor) : undefined;
    const { rows, hasMore } = await this.users.page(query, after, query.limit);
    const last = rows[rows.length - 1];
    return {
      items: rows.map(toUser),
      nextCursor: hasMore && last ? await this.cursors.encode({ email: last.email }) : null,
    };
  }

  /** Creates the account without a password and emails a one-time link to choose one. */
  async create(actor: SessionUser, input: TCreateUser, requestId: string): Promise<TUser> {
    const data = input;
    const { secret, hash } = newSecret();
    const { user, outboxId } = await this.prisma.$transaction(async (tx) => {
      if (!(await this.organisations.exists(data.organisationId, tx))) {
        throw new ValidationFailed([fieldIssue('organisationId', 'NO_SUCH_ORGANISATION')]);
      }
      if (await this.users.findByEmail(data.email, tx))
        throw new DomainError('EMAIL_TAKEN', { errors: [fieldIssue('email', 'ALREADY_IN_USE')] });
      const created = await this.users.create(
        {
          email: data.email,
          displayName: data.displayName,
          organisationId: data.organisationId,
          role: data.role,
          preferredLanguage: data.preferredLanguage,
        },
        tx,
      );
      await this.tokens.create(
        {
          tokenHash: hash,
          userId: created.id,
          purpose: 'INVITATION',
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        },
        tx,
      );
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'user.created',
          entityType: 'user',
          entityId: created.id,
          summary: `Invited ${created.email} as ${created.role} of ${created.organisation.name}`,
          requestId,
        },
        tx,
      );
      const link = `${this.config.PUBLIC_URL}/set-password?token=${secret}`;
      const outbox = await this.mail.enqueue(
        invitationEmail(created.email, created.displayName, link, created.preferredLanguage, INVITATION_DAYS),
        tx,
      );
      return { user: created, outboxId: outbox };
    });
    await this.mail.deliver([outboxId]);
    return toUser(user);
  }

  async update(actor: SessionUser, id: string, input: TUpdateUser, requestId: string): Promise<TUser> {
    const updated = await this.prisma.$transaction(async (tx) => {
      const current = await this.users.findById(id, tx);
      if (!current) throw new NotFound('user');
      if (input.organisationId && !(await this.organisations.exists(input.organisationId, tx))) {
        throw new ValidationFailed([fieldIssue('organisationId', 'NO_SUCH_ORGANISATION')]);
      }
      const losesAdmin =
        current.role === 'ADMIN' &&
        current.active &&
        (input.active === false || (input.role !== undefined && input.role !== 'ADMIN'));
      if (losesAdmin && (await this.users.countActiveAdmins(tx)) <= 1) {
        throw new DomainError('LAST_ADMIN');
      }
      const user = await this.users.update(id, input, tx);
      if (input.active === false) await this.sessions.endAllFor(id, tx);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'user.updated',
          entityType: 'user',
          entityId: id,
          summary: describeChange(current, input),
          requestId,
        },
        tx,
      );
      return user;
    });
    this.sessions.forgetRemembered();
    return toUser(updated);
  }

  async organisationsList(): Promise<TOrganisation[]> {
    return (await this.organisations.list()).map(toOrganisation);
  }

  async createOrganisation(actor: SessionUser, input: TCreateOrganisation, requestId: string): Promise<TOrganisation> {
    const row = await this.prisma.$transaction(async (tx) => {
      const created = await this.organisations.create(
        { name: input.name, type: input.type, country: input.country ?? null },
        tx,
      );
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'organisation.created',
          entityType: 'organisation',
          entityId: created.id,
          summary: `Created ${created.name}`,
          requestId,
        },
        tx,
      );
      return created;
    });
    return toOrganisation(row);
  }
}

function describeChange(current: { email: string; role: string; active: boolean }, input: TUpdateUser): string {
  const changes = [
    input.role && input.role !== current.role ? `role ${current.role} → ${input.role}` : null,
    input.active === false && current.active ? 'deactivated' : null,
    input.active === true && !current.active ? 'reactivated' : null,
    input.organisationId ? 'organisation changed' : null,
    input.displayName ? 'name changed' : null,
  ].filter(Boolean);
  return `${current.email}: ${changes.join(', ') || 'no change'}`;
}
