import { Injectable } from '@nestjs/common';
import { REFERENCE_PREFIX, type TItemContent, type TItemKind, type TLinkType } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import { sqlExecute, sqlRows } from '../database/sql';
import { Prisma } from '../generated/prisma/client';
import { emptyValue, OWN_COLUMN_FIELDS, type OwnColumnField } from './item-kinds';
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

/** What a content snapshot names, as the database knows it (see `lookUp`). */
export interface ContentLookup {
  technologies: { id: string; slug: string; active: boolean }[];
  sourceId: string | null;
  meetingFound: boolean;
  administrationFound: boolean;
  organisationCountry: string | null;
}

/** REC-0001, LES-0001, PIL-0001: the next number of the kind's sequence, at least four digits. */
function nextReferenceSql(kind: TItemKind): Prisma.Sql {
  return Prisma.sql`(SELECT ${REFERENCE_PREFIX[kind]} || '-' || lpad(n::text, greatest(4, length(n::text)), '0')
                       FROM (SELECT nextval(${NUMBER_SEQUENCE[kind]}::regclass) AS n) next)`;
}

export async function nextItemReference(kind: TItemKind, client: DatabaseClient): Promise<string> {
  const [row] = await sqlRows<{ reference: string }>(client, Prisma.sql`SELECT ${nextReferenceSql(kind)} AS reference`);
  return row.reference;
}

const toDate = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

/** The field's value in the content, or what items of other kinds hold in its column. */
const kindValue = (content: TItemContent, field: (typeof OWN_COLUMN_FIELDS)[number]): unknown =>
  content.kind === field.kind ? content[field.field as keyof TItemContent] : emptyValue(field);

/** The item columns a content snapshot sets, as the ORM names them; other kinds' columns are cleared. */
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
  const own = OWN_COLUMN_FIELDS.map((field) => {
    const value = kindValue(content, field);
    return [field.field, field.type === 'date' ? toDate(value as string | null) : value];
  });
  return { ...common, ...(Object.fromEntries(own) as Pick<Prisma.ItemUncheckedCreateInput, OwnColumnField>) };
}

/** The content's columns as typed SQL values, for the hand-written INSERT and UPDATE. */
function contentSqlColumns(content: TItemContent, references: ResolvedReferences): [string, Prisma.Sql][] {
  const c = contentColumns(content, references.sourceId);
  return [
    ['title', Prisma.sql`${c.title}`],
    ['summary', Prisma.sql`${c.summary}`],
    ['body', Prisma.sql`${c.body}`],
    ['source_id', Prisma.sql`${c.sourceId}::uuid`],
    ['meeting_id', Prisma.sql`${c.meetingId}::uuid`],
    ['document_ref', Prisma.sql`${c.documentRef}`],
    ['language', Prisma.sql`${c.language}::"Language"`],
    ...OWN_COLUMN_FIELDS.map((field): [string, Prisma.Sql] => [
      field.column,
      Prisma.sql`${kindValue(content, field)}::${Prisma.raw(field.type)}`,
    ]),
    // As item_technology's trigger would set it, so that the trigger need not rewrite the row.
    ['technology_ids', Prisma.sql`ARRAY(SELECT unnest(${references.technologyIds}::uuid[]) ORDER BY 1)`],
  ];
}

@Injectable()
export class ItemsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findVisible(reference: string, user: SessionUser, client: DatabaseClient = this.prisma): Promise<ItemRecord | null> {
    return loadItemRecord(client, user, { reference }, true);
  }

  findVisibleId(reference: string, user: SessionUser, client: DatabaseClient = this.prisma) {
    return client.item.findFirst({
      where: { AND: [{ reference }, visibleTo(user)] },
      select: { id: true, title: true, authorId: true, status: true, version: true },
    });
  }

  findById(id: string, user: SessionUser, client: DatabaseClient = this.prisma): Promise<ItemRecord | null> {
    return loadItemRecord(client, user, { id }, false);
  }

  // The statements of a create and an edit are hand-written: compiling ORM queries costs more
  // CPU than running them, and POST /items has a 30 ms budget (SPEC §6).

  /**
   * The technologies, source body, meeting and administration a content snapshot names, and the
   * author organisation's country, in one round trip.
   */
  async lookUp(content: TItemContent, organisationId: string, client: DatabaseClient): Promise<ContentLookup> {
    const administrationId = content.kind === 'PILOT' ? content.administrationId : null;
    const [row] = await sqlRows<ContentLookup>(
      client,
      Prisma.sql`
      SELECT (SELECT coalesce(json_agg(json_build_object('id', id, 'slug', slug, 'active', active)), '[]')
                FROM technology WHERE slug = ANY(${content.technologies}::text[])) AS technologies,
             (SELECT id FROM source_body WHERE slug = ${content.source}) AS "sourceId",
             EXISTS (SELECT 1 FROM meeting WHERE id = ${content.meetingId}::uuid) AS "meetingFound",
             EXISTS (SELECT 1 FROM organisation WHERE id = ${administrationId}::uuid) AS "administrationFound",
             (SELECT country FROM organisation WHERE id = ${organisationId}::uuid) AS "organisationCountry"`,
    );
    return row;
  }

  /** Inserts a new item with its technologies and first revision, under the next reference of its kind. */
  async create(
    data: { content: TItemContent; authorId: string; organisationId: string; country: string | null },
    references: ResolvedReferences,
    client: DatabaseClient,
  ): Promise<{ id: string; reference: string }> {
    const columns: [string, Prisma.Sql][] = [
      ['kind', Prisma.sql`${data.content.kind}::"ItemKind"`],
      ['reference', nextReferenceSql(data.content.kind)],
      ['author_id', Prisma.sql`${data.authorId}::uuid`],
      ['organisation_id', Prisma.sql`${data.organisationId}::uuid`],
      ['country', Prisma.sql`${data.country}`],
      ...contentSqlColumns(data.content, references),
    ];
    const [created] = await sqlRows<{ id: string; reference: string }>(
      client,
      Prisma.sql`
      WITH created AS (
        INSERT INTO item (${Prisma.raw(columns.map(([column]) => column).join(', '))})
        VALUES (${Prisma.join(columns.map(([, value]) => value))})
        RETURNING id, reference),
      tagged AS (INSERT INTO item_technology (item_id, technology_id) SELECT created.id, unnest(${references.technologyIds}::uuid[]) FROM created),
      revised AS (INSERT INTO item_revision (item_id, number, content, editor_id)
                  SELECT created.id, 1, ${JSON.stringify(data.content)}::jsonb, ${data.authorId}::uuid FROM created)
      SELECT id, reference FROM created`,
    );
    return created;
  }

  /** Writes new content only if nobody changed the item since `version` was read; false when someone did. */
  async updateContent(
    id: string,
    version: number,
    content: TItemContent,
    references: ResolvedReferences,
    country: string | null,
    client: DatabaseClient,
  ): Promise<boolean> {
    const assignments = [...contentSqlColumns(content, references), ['country', Prisma.sql`${country}`] as const].map(
      ([column, value]) => Prisma.sql`${Prisma.raw(column)} = ${value}`,
    );
    const [row] = await sqlRows<{ updated: number }>(
      client,
      Prisma.sql`
      WITH updated AS (
        UPDATE item SET ${Prisma.join(assignments)}, version = version + 1, updated_at = now()
         WHERE id = ${id}::uuid AND version = ${version}
        RETURNING id),
      dropped AS (DELETE FROM item_technology WHERE item_id IN (SELECT id FROM updated) AND technology_id <> ALL(${references.technologyIds}::uuid[])),
      added AS (INSERT INTO item_technology (item_id, technology_id) SELECT updated.id, unnest(${references.technologyIds}::uuid[]) FROM updated
                ON CONFLICT DO NOTHING)
      SELECT count(*)::int AS updated FROM updated`,
    );
    return row.updated === 1;
  }

  delete(id: string, client: DatabaseClient) {
    return client.item.delete({ where: { id } });
  }

  async addRevision(itemId: string, content: TItemContent, editorId: string, client: DatabaseClient): Promise<number> {
    const [revision] = await sqlRows<{ number: number }>(
      client,
      Prisma.sql`
      INSERT INTO item_revision (item_id, number, content, editor_id)
      SELECT ${itemId}::uuid, coalesce(max(number), 0) + 1, ${JSON.stringify(content)}::jsonb,
        ${editorId}::uuid FROM item_revision WHERE item_id = ${itemId}::uuid
      RETURNING number`,
    );
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
  async claimIdempotencyKey(
    userId: string,
    key: string,
    requestHash: string,
    client: DatabaseClient,
  ): Promise<boolean> {
    const inserted = await sqlExecute(
      client,
      Prisma.sql`
      INSERT INTO idempotency_key (user_id, key, request_hash) VALUES (${userId}::uuid, ${key}, ${requestHash})
      ON CONFLICT (user_id, key) DO NOTHING`,
    );
    return inserted === 1;
  }

  findIdempotencyKey(userId: string, key: string, client: DatabaseClient) {
    return client.idempotencyKey.findUnique({
      where: { userId_key: { userId, key } },
      select: { requestHash: true, itemId: true },
    });
  }

  completeIdempotencyKey(userId: string, key: string, itemId: string, client: DatabaseClient) {
    return sqlExecute(
      client,
      Prisma.sql`UPDATE idempotency_key SET item_id = ${itemId}::uuid WHERE user_id = ${userId}::uuid AND key = ${key}`,
    );
  }

  createLink(fromItemId: string, toItemId: string, type: TLinkType, createdById: string, client: DatabaseClient) {
    return client.itemLink.create({ data: { fromItemId, toItemId, type, createdById } });
  }

  deleteLink(fromItemId: string, toItemId: string, type: TLinkType, client: DatabaseClient) {
    return client.itemLink.deleteMany({ where: { fromItemId, toItemId, type } });
  }
}
