import type { TEditionSummary, TEditionTree, TReportChapter, TReportSection, TTrace } from '@srt/contracts';
import { sectionFingerprint } from './fingerprint';
import type { ChapterRow, SectionRow, TraceRow } from './report.repository';

type EditionRow = {
  id: string;
  label: string;
  status: TEditionSummary['status'];
  basedOnId: string | null;
  publishedAt: Date | null;
  _count: { chapters: number };
};

export const toSummary = (row: EditionRow): TEditionSummary => ({
  id: row.id,
  label: row.label,
  status: row.status,
  basedOnId: row.basedOnId,
  publishedAt: row.publishedAt?.toISOString() ?? null,
  chapterCount: row._count.chapters,
});

export const toTrace = (row: TraceRow, section: { title: string; intro: string }): TTrace => ({
  id: row.id,
  note: row.note,
  suspect: row.fingerprint !== sectionFingerprint(section),
  item: {
    reference: row.item.reference,
    title: row.item.title,
    kind: row.item.kind,
    status: row.item.status,
    summary: row.item.summary,
  },
});

export const toSection = (row: SectionRow): TReportSection => ({
  id: row.id,
  position: row.position,
  title: row.title,
  anchor: row.anchor,
  intro: row.intro,
  traces: row.traces.map((trace) => toTrace(trace, row)),
});

export const toChapter = (row: ChapterRow): TReportChapter => ({
  id: row.id,
  position: row.position,
  title: row.title,
  technology: row.technology,
  sections: row.sections.map(toSection),
});

export const toTree = (row: EditionRow & { chapters: ChapterRow[] }): TEditionTree => ({
  ...toSummary(row),
  chapters: row.chapters.map(toChapter),
});
