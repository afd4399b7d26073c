import type { TItemKind, TItemStatus, TLanguage, TLinkType } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { isoTimestamp } from '../database/iso-timestamp';
import type { DatabaseClient } from '../database/prisma.service';
import { sqlRows } from '../database/sql';
import { Prisma } from '../generated/prisma/client';
import { OWN_COLUMN_FIELDS, type KindValues } from './item-kinds';
import { visibilitySql } from './item-visibility';

/** A timestamp as JavaScript's `toISOString` writes it (the columns keep milliseconds). */

/** Everything the item page shows, as one row: what `toItem` and `contentOf` read. */
export interface ItemRecord extends KindValues {
  id: string;
  kind: TItemKind;
  reference: string;
  title: string;
  summary: string;
  body: string;
  language: TLanguage;
  status: TItemStatus;
  authorId: string;
  organisationId: string;
  meetingId: string | null;
  documentRef: string | null;
  country: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  technologies: { slug: string; nameEn: string; nameFr: string }[];
  source: { slug: string; name: string };
  meeting: { id: string; title: string } | null;
  author: { id: string; displayName: string };
  organisation: { id: string; name: string; country: string | null };
  administration: { id: string; name: string } | null;
  /** Outgoing links first, each direction in the order the links were made. */
  links: {
    type: TLinkType;
    direction: 'outgoing' | 'incoming';
    reference: string;
    title: string;
    status: TItemStatus;
  }[];
  traces: {
    fingerprint: string;
    section: {
      id: string;
      title: string;
      intro: string;
      anchor: string;
      chapter: { title: string; edition: { id: string; label: string; status: 'DRAFT' | 'PUBLISHED' } };
    };
  }[];
}

/** The kind-specific columns under their content names (a date as PostgreSQL writes it, `YYYY-MM-DD`). */
const KIND_VALUES = Prisma.raw(OWN_COLUMN_FIELDS.map(({ field, column }) => `'${field}', i.${column}`).join(', '));

/**
 * One statement for the whole item: the ORM's nested includes cost a query and a query
 * compilation per relation, which is most of the time `GET /items/:ref` takes (SPEC §6: 10 ms).
 */
export async function loadItemRecord(
  client: DatabaseClient,
  user: SessionUser,
  where: { reference: string } | { id: string },
  visibleOnly: boolean,
): Promise<ItemRecord | null> {
  const match =
    'reference' in where ? Prisma.sql`i.reference = ${where.reference}` : Prisma.sql`i.id = ${where.id}::uuid`;
  const rows = await sqlRows<{ record: ItemRecord }>(
    client,
    Prisma.sql`
    SELECT json_build_object(
      'id', i.id, 'kind', i.kind, 'reference', i.reference, 'title', i.title, 'summary', i.summary, 'body', i.body,
      'language', i.language, 'status', i.status, 'authorId', i.author_id, 'organisationId', i.organisation_id,
      'meetingId', i.meeting_id, 'documentRef', i.document_ref, 'country', i.country, ${KIND_VALUES},
      'version', i.version,
      'createdAt', ${isoTimestamp('i.created_at')}, 'updatedAt', ${isoTimestamp('i.updated_at')},
      'submittedAt', ${isoTimestamp('i.submitted_at')}, 'decidedAt', ${isoTimestamp('i.decided_at')},
      'technologies', (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'nameEn', t.name_en, 'nameFr', t.name_fr) ORDER BY t.slug), '[]')
                         FROM technology t WHERE t.id = ANY(i.technology_ids)),
      'source', json_build_object('slug', s.slug, 'name', s.name),
      'meeting', (SELECT json_build_object('id', m.id, 'title', m.title) FROM meeting m WHERE m.id = i.meeting_id),
      'author', json_build_object('id', a.id, 'displayName', a.display_name),
      'organisation', json_build_object('id', o.id, 'name', o.name, 'country', o.country),
      'administration', (SELECT json_build_object('id', ad.id, 'name', ad.name) FROM organisation ad WHERE ad.id = i.administration_id),
      'links', (SELECT coalesce(json_agg(json_build_object('type', l.type, 'direction', l.direction,
        'reference', l.reference, 'title', l.title, 'status', l.status)
                                          ORDER BY l.direction DESC, l.created_at), '[]')
                  FROM (SELECT k.type, 'outgoing' AS direction, other.reference, other.title, other.status, k.created_at
                          FROM item_link k JOIN item other ON other.id = k.to_item_id
                         WHERE k.from_item_id = i.id AND ${visibilitySql(user, 'other')}
                        UNION ALL
                        SELECT k.type, 'incoming', other.reference, other.title, other.status, k.created_at
                          FROM item_link k JOIN item other ON other.id = k.from_item_id
                         WHERE k.to_item_id = i.id AND ${visibilitySql(user, 'other')}) l),
      'traces', (SELECT coalesce(json_agg(json_build_object(
                           'fingerprint', tl.fingerprint,
                           'section', json_build_object('id', sec.id, 'title', sec.title, 'intro', sec.intro, 'anchor', sec.anchor,
                             'chapter', json_build_object('title', ch.title, 'edition', json_build_object('id', e.id, 'label', e.label, 'status', e.status))))
                           ORDER BY tl.created_at), '[]')
                   FROM trace_link tl JOIN report_section sec ON sec.id = tl.section_id
                   JOIN report_chapter ch ON ch.id = sec.chapter_id JOIN report_edition e ON e.id = ch.edition_id
                  WHERE tl.item_id = i.id)
    ) AS record
      FROM item i
      JOIN source_body s ON s.id = i.source_id
      JOIN app_user a ON a.id = i.author_id
      JOIN organisation o ON o.id = i.organisation_id
     WHERE ${match} ${visibleOnly ? Prisma.sql`AND ${visibilitySql(user)}` : Prisma.empty}`,
    { reusePlan: true },
  );
  return rows[0]?.record ?? null;
}
