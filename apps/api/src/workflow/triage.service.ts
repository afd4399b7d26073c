import { Injectable } from '@nestjs/common';
import { ZIsoDateTime, ZUuid, type TTriageEntry, type TTriageQuery } from '@srt/contracts';
import { z } from 'zod';
import type { SessionUser } from '../auth/session-user';
import { CursorSigner } from '../http/cursor';
import { TriageRepository } from './triage.repository';

const DAY_MS = 86_400_000;

/** Where a page of the queue ended: the last entry's status date and id. */
const ZTriageCursor = z.object({ since: ZIsoDateTime, id: ZUuid });

@Injectable()
export class TriageService {
  constructor(
    private readonly triage: TriageRepository,
    private readonly cursors: CursorSigner,
  ) {}

  async page(user: SessionUser, query: TTriageQuery) {
    const after = query.cursor ? await this.cursors.decode(query.cursor, ZTriageCursor) : undefined;
    const [rows, counts] = await Promise.all([
      this.triage.page(user, query, after, query.limit + 1),
      this.triage.counts(user, query),
    ]);
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    const now = Date.now();
    const items: TTriageEntry[] = page.map((row) => ({
      reference: row.reference,
      kind: row.kind,
      title: row.title,
      status: row.status,
      statusSince: row.status_changed_at,
      ageInStatusDays: Math.floor((now - Date.parse(row.status_changed_at)) / DAY_MS),
      author: { displayName: row.author_name, organisation: row.organisation_name },
      reviewer: row.reviewer_id ? { id: row.reviewer_id, displayName: row.reviewer_name as string } : null,
      technologies: row.technologies,
      likelyDuplicates: row.likely_duplicates,
    }));
    return {
      items,
      counts: Object.fromEntries(counts.map((row) => [row.status, row.count])),
      nextCursor:
        rows.length > query.limit && last
          ? await this.cursors.encode({ since: last.status_changed_at, id: last.id })
          : null,
    };
  }
}
