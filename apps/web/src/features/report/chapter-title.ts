import type { TEditionTree, TLanguage } from '@srt/contracts';
import { technologyName } from '../../shared/technology-name';

type Chapter = TEditionTree['chapters'][number];

/** A technology chapter is named after its technology, in the reader's language. */
export function chapterTitle(chapter: Chapter, language: TLanguage): string {
  return chapter.technology ? technologyName(chapter.technology, language) : chapter.title;
}
