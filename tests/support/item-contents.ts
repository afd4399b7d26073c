import type { TItemContentInput, TItemKind } from '@srt/contracts';

// Valid contents of each kind for the suites that need items as a setting: a suite names only
// what it asserts on (a title, a technology it filters by) and takes the rest from here. Plain
// data, so that API suites and browser journeys can both use them.

type ContentOf<K extends TItemKind> = Extract<TItemContentInput, { kind: K }>;
export type ContentOverrides<K extends TItemKind> = Partial<Omit<ContentOf<K>, 'kind'>>;

export const recommendationContent = (
  overrides: ContentOverrides<'RECOMMENDATION'> = {},
): ContentOf<'RECOMMENDATION'> => ({
  kind: 'RECOMMENDATION',
  title: 'A recommendation the tests wrote',
  technologies: ['ai'],
  source: 'ptc',
  language: 'en',
  addressees: ['MEMBERS'],
  ...overrides,
});

export const lessonContent = (overrides: ContentOverrides<'LESSON'> = {}): ContentOf<'LESSON'> => ({
  kind: 'LESSON',
  title: 'A lesson the tests wrote',
  technologies: ['ai'],
  source: 'ptc',
  language: 'en',
  context: 'Context',
  lesson: 'Lesson',
  ...overrides,
});

/** A pilot of the administration `administrationId` (an organisation's id, which only the database knows). */
export const pilotContent = (
  administrationId: string,
  overrides: ContentOverrides<'PILOT'> = {},
): ContentOf<'PILOT'> => ({
  kind: 'PILOT',
  title: 'A pilot the tests wrote',
  technologies: ['drones'],
  source: 'members',
  language: 'en',
  administrationId,
  country: 'KR',
  startDate: '2019-01-01',
  stage: 'ONGOING',
  ...overrides,
});
