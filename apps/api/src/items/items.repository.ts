import { Injectable } from '@nestjs/common';
import { REFERENCE_PREFIX, type TItemContent, type TItemKind, type TLinkType } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import { visibleTo } from './item-visibility';
import { loadItemRecord, type ItemRecord } from './item-record.query';

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

  findVisible(reference: string, user: SessionUser, client: DatabaseClient = this.prisma): Promise<ItemRecord | null> {
    return loadItemRecord(client, user, { reference }, true);
  }

  findVisibleId(reference: string, user: SessionUser, client: DatabaseClient = this.prisma) {
    return client.item.findFirst({ where: { AND: [{ reference }, visibleTo(user)] }, select: { id: true, title: true, authorId: true, status: true, version: true } });
  }

  findById(id: string, user: SessionUser, client: DatabaseClient = this.prisma): Promise<ItemRecord | null> {
    return loadItemRecord(client, user, { id }, false);
  }

  // The statements of a create are hand-written: compiling ORM queries costs more CPU than
  // running them, and POST /items has a 30 ms budget (SPEC §6).

  /** The named technologies and source body, in one round trip. */
  async resolve(content: Pick<TItemContent, 'technologies' | 'source'>, client: DatabaseClient) {
    const [row] = await client.$queryRaw<{ technologies: { id: string; slug: string; active: boolean }[]; source_id: string | null }[]>`
      SELECT (SELECT coalesce(json_agg(json_build_object('id', id, 'slug', slug, 'active', active)), '[]')
                FROM technology WHERE slug = ANY(${content.technologies}::text[])) AS technologies,
             (SELECT id FROM source_body WHERE slug = ${content.source}) AS source_id`;
    return { technologies: row.technologies, sourceId: row.source_id };
  }

  async meetingExists(id: string, client: DatabaseClient): Promise<boolean> {
    const [row] = await client.$queryRaw<{ found: boolean }[]>`SELECT EXISTS (SELECT 1 FROM meeting WHERE id = ${id}::uuid) AS found`;
    return row.found;
  }

  async organisation(id: string, client: DatabaseClient): Promise<{ id: string; country: string | null } | null> {
    const rows = await client.$queryRaw<{ id: string; country: string | null }[]>`SELECT id, country FROM organisation WHERE id = ${id}::uuid`;
    return rows[0] ?? null;
  }

  nextReference(kind: TItemKind, client: DatabaseClient): Promise<string> {
    return nextItemReference(kind, client);
  }

  async create(
    data: { reference: string; content: TItemContent; authorId: string; organisationId: string; country: string | null },
    references: ResolvedReferences,
    client: DatabaseClient,
  ): Promise<string> {
    const c = contentColumns(data.content, references.sourceId);
    const pilot = data.content.kind === 'PILOT' ? data.content : null;
    const [created] = await client.$queryRaw<{ id: string }[]>`
      WITH created AS (
        INSERT INTO item (kind, reference, author_id, organisation_id, country, title, summary, body, source_id, meeting_id, document_ref,
                          language, addressees, priority, context, lesson, administration_id, partners, start_date, end_date, stage, outcomes)
        VALUES (${data.content.kind}::"ItemKind", ${data.reference}, ${data.authorId}::uuid, ${data.organisationId}::uuid, ${data.country},
                ${c.title}, ${c.summary}, ${c.body}, ${c.sourceId}::uuid, ${c.meetingId}::uuid, ${c.documentRef},
                ${c.language}::"Language", ${c.addressees}::"Addressee"[], ${c.priority}::"Priority", ${c.context}, ${c.lesson},
                ${c.administrationId}::uuid, ${c.partners}::text[], ${pilot?.startDate ?? null}::date, ${pilot?.endDate ?? null}::date, ${c.stage}::"PilotStage", ${c.outcomes})
        RETURNING id),
      tagged AS (INSERT INTO item_technology (item_id, technology_id) SELECT created.id, unnest(${references.technologyIds}::uuid[]) FROM created)
      SELECT id FROM created`;
    return created.id;
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
    const [revision] = await client.$queryRaw<{ number: number }[]>`
      INSERT INTO item_revision (item_id, number, content, editor_id)
      SELECT ${itemId}::uuid, coalesce(max(number), 0) + 1, ${JSON.stringify(content)}::jsonb, ${editorId}::uuid FROM item_revision WHERE item_id = ${itemId}::uuid
      RETURNING number`;
    return revision.number;
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
    return client.$executeRaw`UPDATE idempotency_key SET item_id = ${itemId}::uuid WHERE user_id = ${userId}::uuid AND key = ${key}`;
  }

  createLink(fromItemId: string, toItemId: string, type: TLinkType, createdById: string, client: DatabaseClient) {
    return client.itemLink.create({ data: { fromItemId, toItemId, type, createdById } });
  }

  deleteLink(fromItemId: string, toItemId: string, type: TLinkType, client: DatabaseClient) {
    return client.itemLink.deleteMany({ where: { fromItemId, toItemId, type } });
  }
}
