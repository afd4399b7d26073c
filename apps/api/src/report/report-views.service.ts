import { Inject, Injectable } from '@nestjs/common';
import type { TCoverage, TEditionDiff, TEditionTree } from '@srt/contracts';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { renderDocument } from './report-document';
import { ReportRepository, type TraceScope } from './report.repository';
import { ReportService } from './report.service';

/** The tree as the report presents it: links to accepted items only. */
const withoutWithdrawn = (tree: TEditionTree): TEditionTree => ({
  ...tree,
  chapters: tree.chapters.map((chapter) => ({
    ...chapter,
    sections: chapter.sections.map((section) => ({
      ...section,
      traces: section.traces.filter((trace) => trace.item.status === 'ACCEPTED'),
    })),
  })),
});

/** Read-only views compiled from an edition: coverage, the document, and the diff of two editions. */
@Injectable()
export class ReportViewsService {
  constructor(
    private readonly report: ReportRepository,
    private readonly editions: ReportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async coverage(editionId: string, scope: TraceScope): Promise<TCoverage> {
    const [everyLink, accepted, technologies] = await Promise.all([
      this.editions.edition(editionId, scope),
      this.report.acceptedItems(),
      this.report.activeTechnologySlugs(),
    ]);
    const technologiesOf = new Map(
      accepted.map((item) => [item.reference, item.technologies.map((tag) => tag.technology.slug)]),
    );
    // The figures are those of the report as published: only links to accepted items count. The
    // others (only in the Secretariat's scope) are listed apart, to be removed or reviewed.
    const tree = withoutWithdrawn(everyLink);
    const traced = new Set(
      tree.chapters.flatMap((chapter) =>
        chapter.sections.flatMap((section) => section.traces.map((trace) => trace.item.reference)),
      ),
    );
    const untraced = accepted.filter((item) => !traced.has(item.reference));
    const byTechnology = new Map<string, number>();
    for (const item of untraced) {
      for (const slug of technologiesOf.get(item.reference) ?? [])
        byTechnology.set(`${slug}|${item.kind}`, (byTechnology.get(`${slug}|${item.kind}`) ?? 0) + 1);
    }
    const place = (
      chapter: TEditionTree['chapters'][number],
      section: TEditionTree['chapters'][number]['sections'][number],
    ) => ({
      chapter: chapter.title,
      section: section.title,
      anchor: section.anchor,
      sectionId: section.id,
    });
    const cells = tree.chapters.flatMap((chapter) => {
      const references = new Set(
        chapter.sections.flatMap((section) => section.traces.map((trace) => trace.item.reference)),
      );
      return technologies.map(({ slug }) => ({
        technology: slug,
        chapterId: chapter.id,
        count: [...references].filter((reference) => technologiesOf.get(reference)?.includes(slug)).length,
      }));
    });
    return {
      notAccepted: everyLink.chapters.flatMap((chapter) =>
        chapter.sections.flatMap((section) =>
          section.traces
            .filter((trace) => trace.item.status !== 'ACCEPTED')
            .map((trace) => ({
              ...place(chapter, section),
              traceId: trace.id,
              reference: trace.item.reference,
              status: trace.item.status,
            })),
        ),
      ),
      untraced: untraced.map((item) => ({
        reference: item.reference,
        title: item.title,
        kind: item.kind,
        technologies: technologiesOf.get(item.reference) ?? [],
      })),
      untracedByTechnology: [...byTechnology.entries()].map(([key, count]) => {
        const [technology, kind] = key.split('|');
        return { technology, kind: kind as TCoverage['untraced'][number]['kind'], count };
      }),
      emptySections: tree.chapters.flatMap((chapter) =>
        chapter.sections.filter((section) => section.traces.length === 0).map((section) => place(chapter, section)),
      ),
      suspectLinks: tree.chapters.flatMap((chapter) =>
        chapter.sections.flatMap((section) =>
          section.traces
            .filter((trace) => trace.suspect)
            .map((trace) => ({ ...place(chapter, section), traceId: trace.id, reference: trace.item.reference })),
        ),
      ),
      perChapter: tree.chapters.map((chapter) => ({
        chapterId: chapter.id,
        title: chapter.title,
        sections: chapter.sections.length,
        emptySections: chapter.sections.filter((section) => section.traces.length === 0).length,
        items: new Set(chapter.sections.flatMap((section) => section.traces.map((trace) => trace.item.reference))).size,
      })),
      matrix: {
        technologies: technologies.map(({ slug }) => slug),
        chapters: tree.chapters.map((chapter) => ({ chapterId: chapter.id, title: chapter.title })),
        cells,
      },
    };
  }

  async document(
    editionId: string,
    format: 'md' | 'html',
  ): Promise<{ body: string; contentType: string; filename: string }> {
    const tree = await this.editions.edition(editionId, 'accepted');
    const references = tree.chapters.flatMap((chapter) =>
      chapter.sections.flatMap((section) => section.traces.map((trace) => trace.item.reference)),
    );
    const details = await this.report.itemOrigins(references);
    const body = renderDocument(
      tree,
      new Map(
        details.map((item) => [item.reference, { source: item.source.name, meeting: item.meeting?.title ?? null }]),
      ),
      this.config.PUBLIC_URL,
      format,
    );
    const filename = `study-report-${tree.label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${format}`;
    return {
      body,
      filename,
      contentType: format === 'md' ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8',
    };
  }

  /**
   * Sections are matched across editions by lineage (a copied section remembers its base), so a
   * renamed section is still "the same" one; items present in both editions elsewhere are moves.
   */
  async diff(fromId: string, toId: string, scope: TraceScope): Promise<TEditionDiff> {
    const [from, to, sections] = await Promise.all([
      this.editions.edition(fromId, scope),
      this.editions.edition(toId, scope),
      this.report.allSections(),
    ]);
    const baseOf = new Map(sections.map((section) => [section.id, section.baseSectionId]));
    const lineage = (id: string) => {
      let current = id;
      for (let depth = 0; depth < 100; depth += 1) {
        const base = baseOf.get(current);
        if (!base || !baseOf.has(base)) return current;
        current = base;
      }
      return current;
    };
    type Entry = { chapter: string; section: string; anchor: string; items: string[] };
    const index = (tree: TEditionTree) => {
      const map = new Map<string, Entry>();
      for (const chapter of tree.chapters) {
        for (const section of chapter.sections) {
          map.set(lineage(section.id), {
            chapter: chapter.title,
            section: section.title,
            anchor: section.anchor,
            items: section.traces.map((trace) => trace.item.reference),
          });
        }
      }
      return map;
    };
    const before = index(from);
    const after = index(to);
    const sectionOfBefore = new Map<string, string>();
    for (const entry of before.values())
      for (const reference of entry.items) sectionOfBefore.set(reference, `${entry.chapter} › ${entry.section}`);
    const inAfter = new Set([...after.values()].flatMap((entry) => entry.items));
    const keys = [...new Set([...after.keys(), ...before.keys()])];
    return {
      from: { id: from.id, label: from.label },
      to: { id: to.id, label: to.label },
      sections: keys.map((key) => {
        const old = before.get(key);
        const now = after.get(key);
        const shown = (now ?? old) as Entry;
        const added = (now?.items ?? []).filter((reference) => !old?.items.includes(reference));
        return {
          chapter: shown.chapter,
          section: shown.section,
          anchor: shown.anchor,
          change: !old ? ('added' as const) : !now ? ('removed' as const) : ('kept' as const),
          itemsAdded: added.filter((reference) => !sectionOfBefore.has(reference)),
          itemsRemoved: (old?.items ?? []).filter(
            (reference) => !now?.items.includes(reference) && !inAfter.has(reference),
          ),
          itemsMovedIn: added
            .filter((reference) => sectionOfBefore.has(reference))
            .map((reference) => ({ reference, from: sectionOfBefore.get(reference) as string })),
        };
      }),
    };
  }
}
