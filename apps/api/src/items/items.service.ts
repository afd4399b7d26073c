import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { TCreateLink, TItem, TItemContent, TItemDiff, TUpdateItem } from '@srt/contracts';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import { DomainError, fieldIssue, NotFound, ValidationFailed, type FieldIssue } from '../http/problems';
import { toFieldIssues } from '../http/zod-issues';
import { diffContents } from './item-diff';
import { canDelete, canEdit, canLink } from './item-permissions';
import { contentSchema } from './item-kinds';
import { contentOf, toItem } from './item.mapper';
import { ItemsRepository, type ResolvedReferences } from './items.repository';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

@Injectable()
export class ItemsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly items: ItemsRepository,
    private readonly audit: AuditService,
  ) {}

  async get(reference: string, user: SessionUser): Promise<TItem> {
    const row = await this.items.findVisible(reference, user);
    if (!row) throw new NotFound('item', reference);
    return toItem(row, user);
  }

  /**
   * Creates a draft owned by the caller and their organisation. With an Idempotency-Key, a
   * retried request returns the item the first one created instead of a second item.
   */
  async create(
    user: SessionUser,
    content: TItemContent,
    idempotencyKey: string | undefined,
    requestId: string,
  ): Promise<{ item: TItem; replayed: boolean }> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new ValidationFailed([fieldIssue('header.Idempotency-Key', 'IDEMPOTENCY_KEY_FORMAT')]);
    }
    const requestHash = createHash('sha256').update(JSON.stringify(content)).digest('base64url');
    const { itemId, replayed } = await this.prisma.$transaction(async (tx) => {
      if (
        idempotencyKey !== undefined &&
        !(await this.items.claimIdempotencyKey(user.id, idempotencyKey, requestHash, tx))
      ) {
        const previous = await this.items.findIdempotencyKey(user.id, idempotencyKey, tx);
        if (!previous?.itemId || previous.requestHash !== requestHash) {
          throw new DomainError('IDEMPOTENCY_KEY_REUSED');
        }
        return { itemId: previous.itemId, replayed: true };
      }
      const { id } = await this.createDraft(user, content, requestId, tx);
      if (idempotencyKey !== undefined) await this.items.completeIdempotencyKey(user.id, idempotencyKey, id, tx);
      return { itemId: id, replayed: false };
    });
    const row = await this.items.findById(itemId, user);
    if (!row) throw new NotFound('item');
    return { item: toItem(row, user), replayed };
  }

  /** Writes a new draft with its first revision and audit entry inside the caller's transaction. */
  async createDraft(
    user: SessionUser,
    content: TItemContent,
    requestId: string,
    tx: DatabaseClient,
  ): Promise<{ id: string; reference: string }> {
    const { references, country } = await this.resolveContent(content, user.organisationId, tx);
    const created = await this.items.create(
      { content, authorId: user.id, organisationId: user.organisationId, country },
      references,
      tx,
    );
    await this.audit.record(
      {
        actorId: user.id,
        action: 'item.created',
        entityType: 'item',
        entityId: created.reference,
        summary: `Drafted ${created.reference}: ${content.title}`,
        requestId,
      },
      tx,
    );
    return created;
  }

  /** Applies a change made against `version`; a stale version answers 409 with the current one. */
  async update(user: SessionUser, reference: string, change: TUpdateItem, requestId: string): Promise<TItem> {
    const itemId = await this.prisma.$transaction(async (tx) => {
      const row = await this.items.findVisible(reference, user, tx);
      if (!row) throw new NotFound('item', reference);
      if (!canEdit(row, user)) throw new DomainError('ITEM_NOT_EDITABLE', { reference, currentStatus: row.status });
      if (row.version !== change.version) throw this.staleVersion(reference, row.version);
      const { version: _readAt, ...fields } = change;
      const current = contentOf(row);
      const merged = this.validateContent({ ...current, ...fields, kind: current.kind });
      if (JSON.stringify(merged) === JSON.stringify(current)) return row.id;
      const { references, country } = await this.resolveContent(merged, row.organisationId, tx);
      if (!(await this.items.updateContent(row.id, change.version, merged, references, country, tx))) {
        throw this.staleVersion(reference, row.version + 1);
      }
      const revision = await this.items.addRevision(row.id, merged, user.id, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'item.updated',
          entityType: 'item',
          entityId: reference,
          summary: `Revision ${revision} of ${reference}`,
          requestId,
        },
        tx,
      );
      return row.id;
    });
    const updated = await this.items.findById(itemId, user);
    if (!updated) throw new NotFound('item');
    return toItem(updated, user);
  }

  async delete(user: SessionUser, reference: string, requestId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const item = await this.items.findVisibleId(reference, user, tx);
      if (!item) throw new NotFound('item', reference);
      if (item.authorId !== user.id) throw new DomainError('AUTHOR_ONLY', { reference, action: 'delete' });
      if (!canDelete(item, user))
        throw new DomainError('ONLY_DRAFTS_DELETABLE', { reference, currentStatus: item.status });
      await this.items.delete(item.id, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'item.deleted',
          entityType: 'item',
          entityId: reference,
          summary: `Deleted draft ${reference}`,
          requestId,
        },
        tx,
      );
    });
  }

  async revisions(user: SessionUser, reference: string) {
    const item = await this.requireVisible(reference, user);
    const rows = await this.items.revisions(item.id);
    return rows.map((row) => ({ number: row.number, editor: row.editor, createdAt: row.createdAt.toISOString() }));
  }

  async revision(user: SessionUser, reference: string, number: number) {
    const item = await this.requireVisible(reference, user);
    const row = await this.items.revision(item.id, number);
    if (!row) throw new NotFound('revision', `${reference}/${number}`);
    return {
      number: row.number,
      editor: row.editor,
      createdAt: row.createdAt.toISOString(),
      content: row.content as Record<string, unknown>,
    };
  }

  async diff(user: SessionUser, reference: string, from: number, to: number): Promise<TItemDiff> {
    const item = await this.requireVisible(reference, user);
    const [before, after] = await Promise.all([this.items.revision(item.id, from), this.items.revision(item.id, to)]);
    if (!before) throw new NotFound('revision', `${reference}/${from}`);
    if (!after) throw new NotFound('revision', `${reference}/${to}`);
    return {
      from,
      to,
      changes: diffContents(before.content as Record<string, unknown>, after.content as Record<string, unknown>),
    };
  }

  async addLink(user: SessionUser, reference: string, link: TCreateLink, requestId: string): Promise<TItem> {
    const itemId = await this.prisma.$transaction(async (tx) => {
      const item = await this.items.findVisibleId(reference, user, tx);
      if (!item) throw new NotFound('item', reference);
      if (!canLink(item, user)) throw new DomainError('LINKS_NOT_EDITABLE', { reference });
      const target = await this.items.findVisibleId(link.target, user, tx);
      if (!target) throw new ValidationFailed([fieldIssue('target', 'ITEM_NOT_VISIBLE', { reference: link.target })]);
      if (target.id === item.id) throw new ValidationFailed([fieldIssue('target', 'SELF_LINK')]);
      await this.items.createLink(item.id, target.id, link.type, user.id, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'item.linked',
          entityType: 'item',
          entityId: reference,
          summary: `${reference} ${link.type} ${link.target}`,
          requestId,
        },
        tx,
      );
      return item.id;
    });
    return this.reload(itemId, user);
  }

  async removeLink(user: SessionUser, reference: string, link: TCreateLink, requestId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const item = await this.items.findVisibleId(reference, user, tx);
      if (!item) throw new NotFound('item', reference);
      if (!canLink(item, user)) throw new DomainError('LINKS_NOT_EDITABLE', { reference });
      const target = await this.items.findVisibleId(link.target, user, tx);
      const removed = target ? await this.items.deleteLink(item.id, target.id, link.type, tx) : { count: 0 };
      if (removed.count === 0) throw new NotFound('link', `${reference} ${link.type} ${link.target}`);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'item.unlinked',
          entityType: 'item',
          entityId: reference,
          summary: `${reference} no longer ${link.type} ${link.target}`,
          requestId,
        },
        tx,
      );
    });
  }

  private async reload(itemId: string, user: SessionUser): Promise<TItem> {
    const row = await this.items.findById(itemId, user);
    if (!row) throw new NotFound('item');
    return toItem(row, user);
  }

  async requireVisible(reference: string, user: SessionUser) {
    const item = await this.items.findVisibleId(reference, user);
    if (!item) throw new NotFound('item', reference);
    return item;
  }

  validateContent(candidate: Record<string, unknown> & { kind: TItemContent['kind'] }): TItemContent {
    const parsed = contentSchema(candidate.kind).safeParse(candidate);
    if (!parsed.success) throw new ValidationFailed(toFieldIssues(parsed.error));
    return parsed.data;
  }

  /**
   * The ids behind the slugs the content names, and the country the `country` filter matches
   * (the pilot's, otherwise the author organisation's). Everything named must exist, and
   * technologies be in use: otherwise 400 naming each offending field.
   */
  async resolveContent(
    content: TItemContent,
    organisationId: string,
    client: DatabaseClient,
  ): Promise<{ references: ResolvedReferences; country: string | null }> {
    const found = await this.items.lookUp(content, organisationId, client);
    const issues: FieldIssue[] = [];
    content.technologies.forEach((slug, index) => {
      const technology = found.technologies.find((each) => each.slug === slug);
      if (!technology) issues.push(fieldIssue(`technologies.${index}`, 'UNKNOWN_TECHNOLOGY', { value: slug }));
      else if (!technology.active)
        issues.push(fieldIssue(`technologies.${index}`, 'TECHNOLOGY_INACTIVE', { value: slug }));
    });
    if (!found.sourceId) issues.push(fieldIssue('source', 'UNKNOWN_SOURCE', { value: content.source }));
    if (content.meetingId && !found.meetingFound) issues.push(fieldIssue('meetingId', 'NO_SUCH_MEETING'));
    if (content.kind === 'PILOT' && !found.administrationFound)
      issues.push(fieldIssue('administrationId', 'NO_SUCH_ORGANISATION'));
    if (issues.length > 0) throw new ValidationFailed(issues);
    return {
      references: {
        technologyIds: content.technologies.map(
          (slug) => found.technologies.find((each) => each.slug === slug)?.id as string,
        ),
        sourceId: found.sourceId as string,
      },
      country: content.kind === 'PILOT' ? content.country : found.organisationCountry,
    };
  }

  private staleVersion(reference: string, currentVersion: number) {
    return new DomainError('STALE_VERSION', { reference, currentVersion });
  }
}
