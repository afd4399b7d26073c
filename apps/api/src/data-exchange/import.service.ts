import { Injectable } from '@nestjs/common';
import type { TImportReport, TItemContent } from '@srt/contracts';
import { parse, type Options } from 'csv-parse';
import { once } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { AfterResponse } from '../database/after-response';
import { PrismaService } from '../database/prisma.service';
import { DomainError, fieldIssue, type FieldIssue } from '../http/problems';
import { toFieldIssues } from '../http/zod-issues';
import { contentSchema, kindNamed } from '../items/item-kinds';
import { ItemsService } from '../items/items.service';
import { NotificationsService } from '../notifications/notifications.service';
import { WorkflowService } from '../workflow/workflow.service';
import { ImportRepository } from './import.repository';
import { ITEM_COLUMNS, orNull, restoreCell, splitList, type ItemColumn } from './item-columns';
import { KIND_FILE_COLUMN, kindCandidate } from './kind-cells';

type Issue = TImportReport['issues'][number];
type Row = Partial<Record<ItemColumn, string>>;

/** Content fields named as the CSV names them. */
const COLUMN_OF: Record<string, ItemColumn> = {
  meetingId: 'meeting',
  documentRef: 'document_ref',
  ...KIND_FILE_COLUMN,
};

/** A field issue placed on a row of the file; `path` names the column. */
const importIssue = (row: number, { path, ...issue }: FieldIssue): Issue => ({ row, field: path, ...issue });

/**
 * How much of a file is parsed, and how many rows are checked, before other requests get their
 * turn: a 10 MB file parsed in one go would hold every other request for about a second.
 */
const PARSE_CHUNK = 64 * 1024;
const CHECK_BATCH = 500;

/** Parses `text` with csv-parse's stream, a chunk per turn of the event loop. */
async function parseInTurns(text: string, options: Options): Promise<Row[]> {
  const parser = parse(options);
  const records: Row[] = [];
  let failure: unknown;
  parser.on('readable', () => {
    for (let record: Row | null = parser.read(); record !== null; record = parser.read()) records.push(record);
  });
  parser.on('error', (error) => {
    failure = error;
  });
  for (let start = 0; start < text.length && failure === undefined;) {
    let end = Math.min(start + PARSE_CHUNK, text.length);
    // Never split a surrogate pair: each chunk must be whole characters.
    if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end += 1;
    parser.write(text.slice(start, end));
    start = end;
    await nextTurn();
  }
  if (failure !== undefined) throw failure;
  const ended = once(parser, 'end');
  parser.end();
  await ended;
  return records;
}

/** The delimiter of the header line: spreadsheets in French locales write ";" instead of ",". */
function delimiterOf(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n/) === -1 ? undefined : text.search(/\r?\n/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

interface Lookups {
  technologies: Map<string, boolean>;
  sources: Set<string>;
  meetings: Map<string, string>;
  organisations: Map<string, string>;
}

@Injectable()
export class ImportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly imports: ImportRepository,
    private readonly items: ItemsService,
    private readonly workflow: WorkflowService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly afterResponse: AfterResponse,
  ) {}

  private async lookups(): Promise<Lookups> {
    const { technologies, sources, meetings, organisations } = await this.imports.lookupRows();
    return {
      technologies: new Map(technologies.map((each) => [each.slug, each.active])),
      sources: new Set(sources.map((each) => each.slug)),
      meetings: new Map(meetings.map((each) => [each.title, each.id])),
      organisations: new Map(organisations.map((each) => [each.name, each.id])),
    };
  }

  /** Parses and checks every row; nothing is written. Row numbers count the header as row 1. */
  async check(text: string): Promise<{ rows: number; issues: Issue[]; contents: TItemContent[] }> {
    let records: Row[];
    try {
      records = await parseInTurns(text, {
        bom: true,
        columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
        delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
        skip_empty_lines: true,
        relax_quotes: false,
        // Undoes the export's formula neutralising, so an exported file imports back as it was.
        cast: (value, context) => (context.header ? value : restoreCell(value)),
      });
    } catch (error) {
      const line = (error as { lines?: number }).lines;
      return {
        rows: 0,
        contents: [],
        issues: [
          importIssue(
            line ?? 1,
            fieldIssue('file', 'CSV_UNREADABLE', { reason: (error as Error).message.split(':')[0] }),
          ),
        ],
      };
    }
    const issues: Issue[] = [];
    const header = Object.keys(records[0] ?? {});
    for (const name of header)
      if (!(ITEM_COLUMNS as readonly string[]).includes(name))
        issues.push(importIssue(1, fieldIssue(name, 'CSV_UNKNOWN_COLUMN')));
    for (const required of ['kind', 'title'] as const)
      if (records.length > 0 && !header.includes(required))
        issues.push(importIssue(1, fieldIssue(required, 'CSV_MISSING_COLUMN')));
    if (records.length === 0) issues.push(importIssue(1, fieldIssue('file', 'CSV_NO_ROWS')));
    if (issues.length > 0) return { rows: records.length, contents: [], issues };

    const lookups = await this.lookups();
    const contents: TItemContent[] = [];
    for (const [index, record] of records.entries()) {
      if (index > 0 && index % CHECK_BATCH === 0) await nextTurn();
      const row = index + 2;
      const content = this.toContent(record, lookups, (issue) => issues.push(importIssue(row, issue)));
      if (content) contents.push(content);
    }
    return { rows: records.length, issues, contents };
  }

  private toContent(record: Row, lookups: Lookups, reportIssue: (issue: FieldIssue) => void): TItemContent | null {
    // A field already found wrong (e.g. an unknown organisation) is not reported twice by the schema.
    const reported = new Set<string>();
    const report = (issue: FieldIssue) => {
      reported.add(issue.path);
      reportIssue(issue);
    };
    const kind = (record.kind ?? '').trim().toUpperCase();
    const known = kindNamed(kind);
    if (!known) {
      report(fieldIssue('kind', 'CSV_UNKNOWN_KIND'));
      return null;
    }
    const technologies = splitList(record.technologies);
    technologies.forEach((slug) => {
      if (!lookups.technologies.has(slug)) report(fieldIssue('technologies', 'UNKNOWN_TECHNOLOGY', { value: slug }));
      else if (!lookups.technologies.get(slug))
        report(fieldIssue('technologies', 'TECHNOLOGY_INACTIVE', { value: slug }));
    });
    const source = (record.source ?? '').trim();
    if (source && !lookups.sources.has(source)) report(fieldIssue('source', 'UNKNOWN_SOURCE', { value: source }));
    const meetingTitle = orNull(record.meeting);
    const meetingId = meetingTitle ? (lookups.meetings.get(meetingTitle) ?? null) : null;
    if (meetingTitle && !meetingId) report(fieldIssue('meeting', 'UNKNOWN_MEETING_TITLE', { value: meetingTitle }));
    const candidate: Record<string, unknown> = {
      kind,
      title: record.title ?? '',
      summary: record.summary ?? '',
      body: record.body ?? '',
      technologies,
      source,
      meetingId,
      documentRef: orNull(record.document_ref),
      language: (record.language ?? '').trim(),
    };
    Object.assign(candidate, kindCandidate(known, record, lookups.organisations, report));
    const parsed = contentSchema(known).safeParse(candidate);
    if (!parsed.success) {
      for (const issue of toFieldIssues(parsed.error)) {
        const name = issue.path.split('.')[0];
        const field = COLUMN_OF[name] ?? (issue.path === '(root)' ? 'row' : name);
        if (!reported.has(field)) reportIssue({ ...issue, path: field });
      }
      return null;
    }
    return parsed.data;
  }

  async import(
    user: SessionUser,
    text: string,
    options: { dryRun: boolean; as: 'draft' | 'submitted' },
    requestId: string,
  ): Promise<TImportReport> {
    const { rows, issues, contents } = await this.check(text);
    const valid = issues.length === 0;
    if (options.dryRun) return { dryRun: true, rows, valid, issues, created: [] };
    if (!valid) {
      throw new DomainError('IMPORT_REFUSED', { rows, issues });
    }
    const { created, outboxIds } = await this.prisma.$transaction(
      async (tx) => {
        const references: string[] = [];
        const emails: string[] = [];
        for (const content of contents) {
          const item = await this.items.createDraft(user, content, requestId, tx);
          // An import "as submitted" submits each item as its author would: event, audit entry and
          // the Secretariat's notice included.
          if (options.as === 'submitted') {
            const submitted = await this.workflow.transitionWithin(
              user,
              item.reference,
              { action: 'submit', comment: 'Imported' },
              requestId,
              tx,
            );
            emails.push(...submitted.outboxIds);
          }
          references.push(item.reference);
        }
        await this.audit.record(
          {
            actorId: user.id,
            action: 'items.imported',
            entityType: 'item',
            entityId: null,
            summary: `Imported ${references.length} item(s) as ${options.as}`,
            requestId,
          },
          tx,
        );
        return { created: references, outboxIds: emails };
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
    // A large import "as submitted" writes an email per item and Secretariat member: the answer
    // does not wait for the mail server to take them all.
    this.afterResponse.run('imported submissions email', () => this.notifications.deliver(outboxIds));
    return { dryRun: false, rows, valid: true, issues: [], created };
  }
}
