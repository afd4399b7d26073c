import type { TItem, TItemContent, TItemContentInput, TItemKind, TLanguage, TUpdateItem } from '@srt/contracts';
import type { DefaultValues } from 'react-hook-form';

export type ItemFormValues = TItemContentInput;

/** What a form starts from: a blank form leaves the choices (source, stage) unmade, but its kind is fixed. */
export type ItemFormStart = DefaultValues<ItemFormValues> & { kind: TItemKind };

interface Author {
  language: TLanguage;
  organisationId: string;
  country: string;
}

/** A blank form of one kind; a pilot starts as the author's own organisation's, in its country. */
export function emptyValues(kind: TItemKind, author: Author): ItemFormStart {
  const common = {
    title: '',
    summary: '',
    body: '',
    technologies: [],
    meetingId: null,
    documentRef: null,
    language: author.language,
  };
  switch (kind) {
    case 'RECOMMENDATION':
      return { ...common, kind, addressees: [], priority: null };
    case 'LESSON':
      return { ...common, kind, context: '', lesson: '' };
    case 'PILOT':
      return {
        ...common,
        kind,
        administrationId: author.organisationId,
        country: author.country,
        partners: [],
        startDate: '',
        endDate: null,
        outcomes: '',
      };
  }
}

/** The item as its form edits it: names and labels back to the slugs and ids the API takes. */
export function valuesOf(item: TItem): ItemFormValues {
  const common = {
    title: item.title,
    summary: item.summary,
    body: item.body,
    technologies: item.technologies.map((technology) => technology.slug),
    source: item.source.slug,
    meetingId: item.meeting?.id ?? null,
    documentRef: item.documentRef,
    language: item.language,
  };
  switch (item.kind) {
    case 'RECOMMENDATION':
      return { ...common, kind: item.kind, addressees: item.addressees, priority: item.priority };
    case 'LESSON':
      return { ...common, kind: item.kind, context: item.context, lesson: item.lesson };
    case 'PILOT':
      return {
        ...common,
        kind: item.kind,
        administrationId: item.administration.id,
        country: item.country,
        partners: item.partners,
        startDate: item.startDate,
        endDate: item.endDate,
        stage: item.stage,
        outcomes: item.outcomes,
      };
  }
}

/** Only what changed, with the version it was read at: the API merges it and refuses a stale version. */
export function changesBetween(before: ItemFormValues, after: TItemContent, version: number): TUpdateItem | null {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(after)) {
    if (field === 'kind') continue;
    if (JSON.stringify(value) !== JSON.stringify((before as Record<string, unknown>)[field])) changes[field] = value;
  }
  return Object.keys(changes).length > 0 ? ({ version, ...changes } as TUpdateItem) : null;
}
