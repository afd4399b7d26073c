import { Injectable } from '@nestjs/common';
import { REFERENCE_PREFIX, type TItemContent, type TItemKind, type TLinkType } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import { Prisma } from '../generated/prisma/client';
import { visibleTo } from './item-visibility';
import { itemInclude, type ItemRow } from './item.mapper';

const NUMBER_SEQUENCE: Record<TItemKind, string> = {
  RECOMMENDATION: 'item_recommendation_number_seq',
  LESSON: 'item_lesson_number_seq',
  PILOT: 'item_pilot_number_seq',
};

/** Ids the content refers to by slug, resolved once per write. */
export interface ResolvedReferences {
  technologyIds: string[];
  sourceId: string;
}

/** REC-0001, LES-0001, PIL-0001: the next number of the kind's sequence, at least four digits. */
export async function nextItemReference(kind: TItemKind, client: DatabaseClient): Promise<string> {
  const [row] = await client.$queryRaw<{ n: bigint }[]>`SELECT nextval(${NUMBER_SEQUENCE[kind]}::regclass) AS n`;
  return `${REFERENCE_PREFIX[kind]}-${String(row.n).padStart(4, '0')}`;
}

const toDate = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

/** The item columns a content snapshot sets; other kinds' columns are cleared. */
export function contentColumns(content: TItemContent, sourceId: string) {
  const common = {
    title: content.title,
    summary: content.summary,
    body: content.body,
    sourceId,
    meetingId: content.meetingId,
    documentRef: content.documentRef,
    language: content.language,
  };
  return {
    ...common,
    addressees: content.kind === 'RECOMMENDATION' ? content.addressees : [],
    priority: content.kind === 'RECOMMENDATION' ? content.priority : null,
    context: content.kind === 'LESSON' ? content.context : null,
    lesson: content.kind === 'LESSON' ? content.lesson : null,
    administrationId: content.kind === 'PILOT' ? content.administrationId : null,
    partners: content.kind === 'PILOT' ? content.partners : [],
    startDate: content.kind === 'PILOT' ? toDate(content.startDate) : null,
    endDate: content.kind === 'PILOT' ? toDate(content.endDate) : null,
    stage: content.kind === 'PILOT' ? content.stage : null,
    outcomes: content.kind === 'PILOT' ? content.outcomes : null,
  };
}

@Injectable()
export class ItemsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findVisible(reference: string, user: SessionUser, client: DatabaseClient = this.prisma): Promise<ItemRow | null> {
    return client.item.findFirst({ where: { AND: [{ reference }, visibleTo(user)] }, include: itemInclude(user) });
  }

  findVisibleId(reference: string, user: SessionUser, client: DatabaseClient = this.prisma) {
    return client.item.findFirst({ where: { AND: [{ reference }, visibleTo(user)] }, select: { id: true, title: true, authorId: true, status: true, version: true } });
  }

  findById(id: string, user: SessionUser, client: DatabaseClient = this.prisma): Promise<ItemRow | null> {
    return client.item.findUnique({ where: { id }, include: itemInclude(user) });
  }

  async resolve(content: Pick<TItemContent, 'technologies' | 'source'>, client: DatabaseClient) {
    const [technologies, source] = await Promise.all([
      client.technology.findMany({ where: { slug: { in: content.technologies } }, select: { id: true, slug: true, active: true } }),
      client.sourceBody.findUnique({ where: { slug: content.source }, select: { id: true } }),
    ]);
    return { technologies, sourceId: source?.id ?? null };
  }

  meetingExists(id: string, client: DatabaseClient) {
    return client.meeting.count({ where: { id } }).then((count) => count > 0);
  }

  organisation(id: string, client: DatabaseClient) {
    return client.organisation.findUnique({ where: { id }, select: { id: true, country: true } });
  }

  nextReference(kind: TItemKind, client: DatabaseClient): Promise<string> {
    return nextItemReference(kind, client);
  }

  async create(
    data: { reference: string; content: TItemContent; authorId: string; organisationId: string; country: string | null },
    references: ResolvedReferences,
    client: DatabaseClient,
  ): Promise<string> {
    const item = await client.item.create({
      data: {
        kind: data.content.kind,
        reference: data.reference,
        authorId: data.authorId,
        organisationId: data.organisationId,
        country: data.country,
        ...contentColumns(data.content, references.sourceId),
        technologies: { create: references.technologyIds.map((technologyId) => ({ technologyId })) },
      },
      select: { id: true },
    });
    return item.id;
  }

  /** Writes new content only if nobody changed the item since `version` was read; false when someone did. */
  async updateContent(id: string, version: number, content: TItemContent, references: ResolvedReferences, country: string | null, client: DatabaseClient): Promise<boolean> {
    const updated = await client.item.updateMany({
      where: { id, version },
      data: { ...contentColumns(content, references.sourceId), country, version: { increment: 1 }, updatedAt: new Date() },
    });
    if (updated.count === 0) return false;
    await client.itemTechnology.deleteMany({ where: { itemId: id } });
    await client.itemTechnology.createMany({ data: references.technologyIds.map((technologyId) => ({ itemId: id, technologyId })) });
    return true;
  }

  delete(id: string, client: DatabaseClient) {
    return client.item.delete({ where: { id } });
  }

  async addRevision(itemId: string, content: TItemContent, editorId: string, client: DatabaseClient): Promise<number> {
    const last = await client.itemRevision.aggregate({ where: { itemId }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    await client.itemRevision.create({ data: { itemId, number, content: content as unknown as Prisma.InputJsonValue, editorId } });
    return number;
  }

  revisions(itemId: string) {
    return this.prisma.itemRevision.findMany({
      where: { itemId },
      orderBy: { number: 'desc' },
      select: { number: true, createdAt: true, editor: { select: { id: true, displayName: true } } },
    });
  }

  revision(itemId: string, number: number) {
    return this.prisma.itemRevision.findUnique({
      where: { itemId_number: { itemId, number } },
      select: { number: true, content: true, createdAt: true, editor: { select: { id: true, displayName: true } } },
    });
  }

  /**
   * Claims an Idempotency-Key inside the creating transaction. A concurrent request with the
   * same key waits on the primary key until this one commits, then finds the claim.
   */
  async claimIdempotencyKey(userId: string, key: string, requestHash: string, client: DatabaseClient): Promise<boolean> {
    const inserted = await client.$executeRaw`
      INSERT INTO idempotency_key (user_id, key, request_hash) VALUES (${userId}::uuid, ${key}, ${requestHash})
      ON CONFLICT (user_id, key) DO NOTHING`;
    return inserted === 1;
  }

  findIdempotencyKey(userId: string, key: string, client: DatabaseClient) {
    return client.idempotencyKey.findUnique({ where: { userId_key: { userId, key } }, select: { requestHash: true, itemId: true } });
  }

  completeIdempotencyKey(userId: string, key: string, itemId: string, client: DatabaseClient) {
    return client.idempotencyKey.update({ where: { userId_key: { userId, key } }, data: { itemId } });
  }

  createLink(fromItemId: string, toItemId: string, type: TLinkType, createdById: string, client: DatabaseClient) {
    return client.itemLink.create({ data: { fromItemId, toItemId, type, createdById } });
  }

  deleteLink(fromItemId: string, toItemId: string, type: TLinkType, client: DatabaseClient) {
    return client.itemLink.deleteMany({ where: { fromItemId, toItemId, type } });
  }
}
