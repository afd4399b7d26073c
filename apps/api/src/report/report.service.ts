import { Injectable } from '@nestjs/common';
import type {
  TCreateChapter,
  TCreateEdition,
  TCreateSection,
  TCreateTrace,
  TEditionSummary,
  TEditionTree,
  TReportChapter,
  TReportSection,
  TTrace,
  TUpdateChapter,
  TUpdateSection,
} from '@srt/contracts';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { PrismaService, type DatabaseClient, type TransactionClient } from '../database/prisma.service';
import { DomainError, fieldIssue, NotFound, ValidationFailed } from '../http/problems';
import { sectionFingerprint } from './fingerprint';
import { toChapter, toSection, toSummary, toTrace, toTree } from './report.mapper';
import { ReportStructureRepository, type Placement } from './report-structure.repository';
import { ReportRepository, type TraceScope } from './report.repository';

const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'section';

/** Puts `movingId` at `position` (1-based) among `siblings` and renumbers them 1..n. */
function reordered(siblings: { id: string }[], movingId: string, position: number): Placement[] {
  const others = siblings.filter((each) => each.id !== movingId);
  const index = Math.max(0, Math.min(position - 1, others.length));
  const order = [
    ...others.slice(0, index).map((each) => each.id),
    movingId,
    ...others.slice(index).map((each) => each.id),
  ];
  return order.map((id, offset) => ({ id, position: offset + 1 }));
}

/** Numbers `rows` 1..n in the order given: what is left after one was removed. */
const renumbered = (rows: { id: string }[]): Placement[] =>
  rows.map((row, index) => ({ id: row.id, position: index + 1 }));

/** Editions, their structure and trace links. A published edition is frozen: changes answer 409. */
@Injectable()
export class ReportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly report: ReportRepository,
    private readonly structure: ReportStructureRepository,
    private readonly audit: AuditService,
  ) {}

  async editions(): Promise<TEditionSummary[]> {
    return (await this.report.editions()).map(toSummary);
  }

  async edition(id: string, scope: TraceScope, client: DatabaseClient = this.prisma): Promise<TEditionTree> {
    const row = await this.report.tree(id, scope, client);
    if (!row) throw new NotFound('edition');
    return toTree(row);
  }

  /** Locks the edition (see `ReportRepository.lockEdition`) and checks it is still a draft. */
  private async draftEdition(id: string, tx: TransactionClient) {
    await this.report.lockEdition(id, tx);
    const edition = await this.report.edition(id, tx);
    if (!edition) throw new NotFound('edition');
    if (edition.status === 'PUBLISHED') throw new DomainError('EDITION_PUBLISHED', { edition: edition.label });
    return edition;
  }

  /**
   * A chapter, section or trace for writing: read, its edition locked and checked to be a draft,
   * then read again, since a write that held the lock before us may have removed it.
   */
  private async readLocked<Row>(
    resource: 'chapter' | 'section' | 'trace',
    read: () => Promise<Row | null>,
    editionOf: (row: Row) => string,
    tx: TransactionClient,
  ): Promise<Row> {
    const unlocked = await read();
    if (!unlocked) throw new NotFound(resource);
    await this.draftEdition(editionOf(unlocked), tx);
    const row = await read();
    if (!row) throw new NotFound(resource);
    return row;
  }

  private lockedChapter(id: string, tx: TransactionClient) {
    return this.readLocked(
      'chapter',
      () => this.report.chapter(id, tx),
      (chapter) => chapter.edition.id,
      tx,
    );
  }

  private lockedSection(id: string, tx: TransactionClient) {
    return this.readLocked(
      'section',
      () => this.report.section(id, tx),
      (section) => section.chapter.editionId,
      tx,
    );
  }

  private lockedTrace(id: string, tx: TransactionClient) {
    return this.readLocked(
      'trace',
      () => this.report.trace(id, tx),
      (trace) => trace.section.chapter.edition.id,
      tx,
    );
  }

  /** A new edition starts as a copy of its base's structure and trace links, independent afterwards. */
  async createEdition(user: SessionUser, input: TCreateEdition, requestId: string): Promise<TEditionTree> {
    return this.prisma.$transaction(
      async (tx) => {
        const base = input.basedOnId ? await this.report.tree(input.basedOnId, 'all', tx) : null;
        if (input.basedOnId && !base) throw new ValidationFailed([fieldIssue('basedOnId', 'NO_SUCH_EDITION')]);
        const edition = await this.report.createEdition({ label: input.label, basedOnId: input.basedOnId }, tx);
        if (base) await this.structure.copyEdition(base, edition.id, tx);
        await this.audit.record(
          {
            actorId: user.id,
            action: 'edition.created',
            entityType: 'edition',
            entityId: edition.id,
            summary: `Started "${edition.label}"${base ? ` from "${base.label}"` : ''}`,
            requestId,
          },
          tx,
        );
        return this.edition(edition.id, 'all', tx);
      },
      { timeout: 60_000 },
    );
  }

  async renameEdition(user: SessionUser, id: string, label: string, requestId: string): Promise<TEditionTree> {
    return this.prisma.$transaction(async (tx) => {
      await this.draftEdition(id, tx);
      await this.report.renameEdition(id, label, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'edition.renamed',
          entityType: 'edition',
          entityId: id,
          summary: `Renamed to "${label}"`,
          requestId,
        },
        tx,
      );
      return this.edition(id, 'all', tx);
    });
  }

  /** Freezes the edition. Suspect links block it unless `force`, which the audit log records. */
  async publish(user: SessionUser, id: string, force: boolean, requestId: string): Promise<TEditionTree> {
    return this.prisma.$transaction(async (tx) => {
      const edition = await this.draftEdition(id, tx);
      const tree = await this.edition(id, 'all', tx);
      const suspect = tree.chapters.flatMap((chapter) =>
        chapter.sections.flatMap((section) => section.traces.filter((trace) => trace.suspect)),
      );
      if (suspect.length > 0 && !force) {
        throw new DomainError('SUSPECT_LINKS', { suspectLinks: suspect.length });
      }
      await this.report.publishEdition(id, tx);
      const forced = suspect.length > 0 ? ` despite ${suspect.length} suspect link(s) (forced)` : '';
      await this.audit.record(
        {
          actorId: user.id,
          action: forced ? 'edition.published_forced' : 'edition.published',
          entityType: 'edition',
          entityId: id,
          summary: `Published "${edition.label}"${forced}`,
          requestId,
        },
        tx,
      );
      return this.edition(id, 'all', tx);
    });
  }

  private async technologyId(
    slug: string | null | undefined,
    tx: TransactionClient,
  ): Promise<string | null | undefined> {
    if (slug === undefined || slug === null) return slug;
    const technologyId = await this.report.technologyId(slug, tx);
    if (!technologyId) throw new ValidationFailed([fieldIssue('technology', 'UNKNOWN_TECHNOLOGY', { value: slug })]);
    return technologyId;
  }

  private async placeChapter(editionId: string, chapterId: string, position: number, tx: TransactionClient) {
    const siblings = await this.structure.chapterOrder(editionId, tx);
    await this.structure.placeChapters(reordered(siblings, chapterId, position), tx);
  }

  private async placeSection(chapterId: string, sectionId: string, position: number, tx: TransactionClient) {
    const siblings = await this.structure.sectionOrder(chapterId, tx);
    await this.structure.placeSections(reordered(siblings, sectionId, position), tx);
  }

  async createChapter(
    user: SessionUser,
    editionId: string,
    input: TCreateChapter,
    requestId: string,
  ): Promise<TReportChapter> {
    return this.prisma.$transaction(async (tx) => {
      await this.draftEdition(editionId, tx);
      const count = await this.structure.chapterCount(editionId, tx);
      const chapter = await this.structure.createChapter(
        {
          editionId,
          title: input.title,
          position: count + 1,
          technologyId: await this.technologyId(input.technology, tx),
        },
        tx,
      );
      if (input.position) await this.placeChapter(editionId, chapter.id, input.position, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'chapter.created',
          entityType: 'chapter',
          entityId: chapter.id,
          summary: `Added chapter "${input.title}"`,
          requestId,
        },
        tx,
      );
      return toChapter(await this.structure.chapterTree(chapter.id, tx));
    });
  }

  async updateChapter(
    user: SessionUser,
    id: string,
    input: TUpdateChapter,
    requestId: string,
  ): Promise<TReportChapter> {
    return this.prisma.$transaction(async (tx) => {
      const chapter = await this.lockedChapter(id, tx);
      await this.structure.updateChapter(
        id,
        {
          ...(input.title ? { title: input.title } : {}),
          ...(input.technology !== undefined ? { technologyId: await this.technologyId(input.technology, tx) } : {}),
        },
        tx,
      );
      if (input.position) await this.placeChapter(chapter.edition.id, id, input.position, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'chapter.updated',
          entityType: 'chapter',
          entityId: id,
          summary: `Changed ${Object.keys(input).join(', ')}`,
          requestId,
        },
        tx,
      );
      return toChapter(await this.structure.chapterTree(id, tx));
    });
  }

  async deleteChapter(user: SessionUser, id: string, requestId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const chapter = await this.lockedChapter(id, tx);
      await this.structure.deleteChapter(id, tx);
      const rest = await this.structure.chapterOrder(chapter.edition.id, tx);
      await this.structure.placeChapters(renumbered(rest), tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'chapter.deleted',
          entityType: 'chapter',
          entityId: id,
          summary: `Removed chapter "${chapter.title}"`,
          requestId,
        },
        tx,
      );
    });
  }

  async createSection(
    user: SessionUser,
    editionId: string,
    input: TCreateSection,
    requestId: string,
  ): Promise<TReportSection> {
    return this.prisma.$transaction(async (tx) => {
      await this.draftEdition(editionId, tx);
      const chapter = await this.report.chapter(input.chapterId, tx);
      if (!chapter || chapter.edition.id !== editionId)
        throw new ValidationFailed([fieldIssue('chapterId', 'NO_SUCH_CHAPTER')]);
      const count = await this.structure.sectionCount(chapter.id, tx);
      const section = await this.structure.createSection(
        {
          chapterId: chapter.id,
          title: input.title,
          anchor: input.anchor ?? slugify(`${chapter.title}-${input.title}`),
          intro: input.intro,
          position: count + 1,
        },
        tx,
      );
      if (input.position) await this.placeSection(chapter.id, section.id, input.position, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'section.created',
          entityType: 'section',
          entityId: section.id,
          summary: `Added section "${input.title}" to "${chapter.title}"`,
          requestId,
        },
        tx,
      );
      return toSection(await this.structure.sectionTree(section.id, tx));
    });
  }

  async updateSection(
    user: SessionUser,
    id: string,
    input: TUpdateSection,
    requestId: string,
  ): Promise<TReportSection> {
    return this.prisma.$transaction(async (tx) => {
      const section = await this.lockedSection(id, tx);
      await this.structure.updateSection(
        id,
        {
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.intro !== undefined ? { intro: input.intro } : {}),
          ...(input.anchor !== undefined ? { anchor: input.anchor } : {}),
        },
        tx,
      );
      if (input.position) await this.placeSection(section.chapter.id, id, input.position, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'section.updated',
          entityType: 'section',
          entityId: id,
          summary: `Changed ${Object.keys(input).join(', ')} of "${section.title}"`,
          requestId,
        },
        tx,
      );
      return toSection(await this.structure.sectionTree(id, tx));
    });
  }

  async deleteSection(user: SessionUser, id: string, requestId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const section = await this.lockedSection(id, tx);
      await this.structure.deleteSection(id, tx);
      const rest = await this.structure.sectionOrder(section.chapter.id, tx);
      await this.structure.placeSections(renumbered(rest), tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'section.deleted',
          entityType: 'section',
          entityId: id,
          summary: `Removed section "${section.title}"`,
          requestId,
        },
        tx,
      );
    });
  }

  /** Only accepted items can be traced; the link remembers the section as it is now. */
  async createTrace(user: SessionUser, sectionId: string, input: TCreateTrace, requestId: string): Promise<TTrace> {
    return this.prisma.$transaction(async (tx) => {
      const section = await this.lockedSection(sectionId, tx);
      const item = await this.structure.itemToTrace(input.itemRef, tx);
      if (!item) throw new ValidationFailed([fieldIssue('itemRef', 'ITEM_NOT_VISIBLE', { reference: input.itemRef })]);
      if (item.status !== 'ACCEPTED')
        throw new DomainError('NOT_TRACEABLE', { reference: input.itemRef, currentStatus: item.status });
      if (await this.structure.isTraced(sectionId, item.id, tx))
        throw new DomainError('ALREADY_TRACED', { reference: input.itemRef });
      const position = await this.structure.traceCount(sectionId, tx);
      const trace = await this.structure.createTrace(
        {
          sectionId,
          itemId: item.id,
          note: input.note,
          fingerprint: sectionFingerprint(section),
          position,
          createdById: user.id,
        },
        tx,
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: 'trace.created',
          entityType: 'trace',
          entityId: trace.id,
          summary: `${input.itemRef} → ${section.chapter.title} › ${section.title}`,
          requestId,
        },
        tx,
      );
      return toTrace(trace, section);
    });
  }

  async deleteTrace(user: SessionUser, id: string, requestId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const trace = await this.lockedTrace(id, tx);
      await this.structure.deleteTrace(id, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'trace.deleted',
          entityType: 'trace',
          entityId: id,
          summary: `${trace.item.reference} removed from "${trace.section.title}"`,
          requestId,
        },
        tx,
      );
    });
  }

  /** Accepts the section as it is now for this link: it is no longer suspect. */
  async confirmTrace(user: SessionUser, id: string, requestId: string): Promise<TTrace> {
    return this.prisma.$transaction(async (tx) => {
      const trace = await this.lockedTrace(id, tx);
      const updated = await this.structure.confirmTrace(id, sectionFingerprint(trace.section), tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'trace.confirmed',
          entityType: 'trace',
          entityId: id,
          summary: `${trace.item.reference} confirmed in "${trace.section.title}"`,
          requestId,
        },
        tx,
      );
      return toTrace(updated, trace.section);
    });
  }
}
