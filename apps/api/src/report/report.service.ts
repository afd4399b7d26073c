import { Injectable } from '@nestjs/common';
import type { TEditionSummary, TEditionTree } from '@srt/contracts';
import { NotFound } from '../http/problems';
import { ReportRepository } from './report.repository';

type EditionRow = {
  id: string;
  label: string;
  status: TEditionSummary['status'];
  basedOnId: string | null;
  publishedAt: Date | null;
  _count: { chapters: number };
};

const toSummary = (row: EditionRow): TEditionSummary => ({
  id: row.id,
  label: row.label,
  status: row.status,
  basedOnId: row.basedOnId,
  publishedAt: row.publishedAt?.toISOString() ?? null,
  chapterCount: row._count.chapters,
});

@Injectable()
export class ReportService {
  constructor(private readonly report: ReportRepository) {}

  async editions(): Promise<TEditionSummary[]> {
    return (await this.report.editions()).map(toSummary);
  }

  async edition(id: string): Promise<TEditionTree> {
    const row = await this.report.edition(id);
    if (!row) throw new NotFound('The edition');
    return { ...toSummary(row), chapters: row.chapters.map(({ id: chapterId, position, title, technology, sections }) => ({ id: chapterId, position, title, technology, sections })) };
  }
}
