import type { TEditionTree, TReportChapter, TReportSection } from '@srt/contracts';

/**
 * What the report page shows, named by its URL so that any view can be shared:
 * - `/report/:edition#<section anchor>`: the chapter holding that section, scrolled to it (the
 *   form the item page and the compiled document already use, and anchors carry over between
 *   editions);
 * - `/report/:edition?chapter=<chapter id>`: one chapter;
 * - `/report/:edition?view=coverage`: the edition's coverage in full;
 * - `/report/:edition`: the first chapter.
 */
export type ReportView =
  | { kind: 'chapter'; chapter: TReportChapter; section: TReportSection | null }
  | { kind: 'coverage' }
  | { kind: 'empty' };

const CHAPTER = 'chapter';
const VIEW = 'view';
const COVERAGE = 'coverage';

/** A link within the current edition's page; the pathname stays, search and hash are replaced. */
export interface ReportLink {
  search: string;
  hash: string;
}

export function reportViewOf(edition: TEditionTree, location: { search: string; hash: string }): ReportView {
  const search = new URLSearchParams(location.search);
  if (search.get(VIEW) === COVERAGE) return { kind: 'coverage' };
  const anchor = decodeURIComponent(location.hash.replace(/^#/, ''));
  if (anchor) {
    for (const chapter of edition.chapters) {
      const section = chapter.sections.find((each) => each.anchor === anchor);
      if (section) return { kind: 'chapter', chapter, section };
    }
  }
  const chapter = edition.chapters.find((each) => each.id === search.get(CHAPTER)) ?? edition.chapters[0];
  return chapter ? { kind: 'chapter', chapter, section: null } : { kind: 'empty' };
}

export function chapterLink(chapter: Pick<TReportChapter, 'id'>): ReportLink {
  return { search: `?${new URLSearchParams({ [CHAPTER]: chapter.id })}`, hash: '' };
}

export function sectionLink(anchor: string): ReportLink {
  return { search: '', hash: `#${encodeURIComponent(anchor)}` };
}

export function coverageLink(): ReportLink {
  return { search: `?${new URLSearchParams({ [VIEW]: COVERAGE })}`, hash: '' };
}

/** The id of a chapter's heading, where focus goes when the chapter is opened. */
export function chapterHeadingId(chapter: Pick<TReportChapter, 'id'>): string {
  return `chapter-${chapter.id}`;
}

/** The header is fixed: a chapter or section reached by a link must not end up underneath it. */
export const BELOW_HEADER = 'calc(var(--app-shell-header-height, 56px) + 1rem)';
