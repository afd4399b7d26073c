import { z } from 'zod';
import { FIELD_MESSAGES } from './field-issues';
import { ZCount, ZCountParam, ZCountryCode, ZCursor, ZIsoDate, ZIsoDateTime, ZSlug, ZUuid, text } from './common';
import { ZEditionStatus, ZLanguage, ZWorkflowAction } from './enums';

export const ITEM_KINDS = ['RECOMMENDATION', 'LESSON', 'PILOT'] as const;
export const ZItemKind = z.enum(ITEM_KINDS).meta({ id: 'ItemKind' });
export type TItemKind = z.infer<typeof ZItemKind>;

export const ITEM_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'ACCEPTED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export const ZItemStatus = z.enum(ITEM_STATUSES).meta({ id: 'ItemStatus' });
export type TItemStatus = z.infer<typeof ZItemStatus>;

export const ADDRESSEES = ['MEMBERS', 'SECRETARIAT', 'PTC', 'PRIVATE_SECTOR', 'OTHER_WCO_BODIES'] as const;
export const ZAddressee = z.enum(ADDRESSEES).meta({ id: 'Addressee' });
export type TAddressee = z.infer<typeof ZAddressee>;
export const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export const ZPriority = z.enum(PRIORITIES).meta({ id: 'Priority' });
export type TPriority = z.infer<typeof ZPriority>;
export const PILOT_STAGES = ['PLANNED', 'ONGOING', 'COMPLETED', 'DISCONTINUED'] as const;
export const ZPilotStage = z.enum(PILOT_STAGES).meta({ id: 'PilotStage' });
export type TPilotStage = z.infer<typeof ZPilotStage>;
export const LINK_TYPES = ['DERIVED_FROM', 'SUPPORTS', 'DUPLICATES', 'SUPERSEDES'] as const;
export const ZLinkType = z.enum(LINK_TYPES).meta({ id: 'LinkType' });
export type TLinkType = z.infer<typeof ZLinkType>;

export const REFERENCE_PREFIX = { RECOMMENDATION: 'REC', LESSON: 'LES', PILOT: 'PIL' } as const satisfies Record<
  TItemKind,
  string
>;
export const ZItemReference = text().regex(/^(REC|LES|PIL)-\d{4,}$/, FIELD_MESSAGES.REFERENCE_FORMAT);

/** The fields every kind shares, as an author writes them. */
const commonFields = {
  title: text().trim().min(5).max(200),
  summary: text().trim().max(600).default(''),
  body: text().max(20_000).default(''),
  technologies: z
    .array(ZSlug)
    .min(1, FIELD_MESSAGES.CHOOSE_TECHNOLOGY)
    .max(12)
    .refine((slugs) => new Set(slugs).size === slugs.length, FIELD_MESSAGES.EACH_TECHNOLOGY_ONCE),
  source: ZSlug,
  meetingId: ZUuid.nullable().default(null),
  documentRef: text().trim().max(200).nullable().default(null),
  language: ZLanguage,
};

const recommendationFields = {
  kind: z.literal('RECOMMENDATION'),
  addressees: z
    .array(ZAddressee)
    .min(1, FIELD_MESSAGES.CHOOSE_ADDRESSEE)
    .refine((values) => new Set(values).size === values.length, FIELD_MESSAGES.EACH_ADDRESSEE_ONCE),
  priority: ZPriority.nullable().default(null),
};

const lessonFields = {
  kind: z.literal('LESSON'),
  context: text().trim().min(1, FIELD_MESSAGES.SAY_ATTEMPTED).max(5000),
  lesson: text().trim().min(1, FIELD_MESSAGES.SAY_LEARNT).max(5000),
};

const pilotFields = {
  kind: z.literal('PILOT'),
  administrationId: ZUuid,
  country: ZCountryCode,
  partners: z.array(text().trim().min(1).max(200)).max(50).default([]),
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable().default(null),
  stage: ZPilotStage,
  outcomes: text().max(20_000).default(''),
};

/** Rules that span fields of a pilot record (SPEC §3). */
function checkPilot(
  pilot: { startDate: string; endDate: string | null; stage: string; outcomes: string },
  context: z.RefinementCtx,
) {
  if (pilot.endDate && pilot.endDate < pilot.startDate) {
    context.addIssue({ code: 'custom', path: ['endDate'], message: FIELD_MESSAGES.END_BEFORE_START });
  }
  if (pilot.stage === 'COMPLETED') {
    if (!pilot.endDate)
      context.addIssue({ code: 'custom', path: ['endDate'], message: FIELD_MESSAGES.COMPLETED_END_DATE });
    if (!pilot.outcomes.trim())
      context.addIssue({ code: 'custom', path: ['outcomes'], message: FIELD_MESSAGES.COMPLETED_OUTCOMES });
  }
}

export const ZRecommendationContent = z
  .strictObject({ ...commonFields, ...recommendationFields })
  .meta({ id: 'RecommendationContent' });
export const ZLessonContent = z.strictObject({ ...commonFields, ...lessonFields }).meta({ id: 'LessonContent' });
export const ZPilotContent = z
  .strictObject({ ...commonFields, ...pilotFields })
  .superRefine(checkPilot)
  .meta({ id: 'PilotContent' });

/** What an author submits to create an item: one schema per kind, discriminated on `kind`. */
export const ZItemContent = z
  .discriminatedUnion('kind', [ZRecommendationContent, ZLessonContent, ZPilotContent])
  .meta({ id: 'ItemContent' });
export type TItemContent = z.infer<typeof ZItemContent>;

const contentFields = (schema: { shape: Record<string, unknown> }) =>
  Object.keys(schema.shape).filter((field) => field !== 'kind');
/** Each kind's content fields in the order its form shows them (its schema's order), `kind` aside. */
export const ITEM_CONTENT_FIELDS: Record<TItemContent['kind'], readonly string[]> = {
  RECOMMENDATION: contentFields(ZRecommendationContent),
  LESSON: contentFields(ZLessonContent),
  PILOT: contentFields(ZPilotContent),
};
export type TItemContentInput = z.input<typeof ZItemContent>;
export type TRecommendationContent = z.infer<typeof ZRecommendationContent>;
export type TLessonContent = z.infer<typeof ZLessonContent>;
export type TPilotContent = z.infer<typeof ZPilotContent>;

export const ZCreateItem = ZItemContent;
export type TCreateItem = TItemContent;

/**
 * A change to an item: any content fields plus the `version` it was read at. The merged result
 * is checked against its kind's schema, so a field of another kind is refused.
 */
export const ZUpdateItem = z
  .strictObject({
    version: ZCount,
    title: commonFields.title.optional(),
    summary: text().trim().max(600).optional(),
    body: text().max(20_000).optional(),
    technologies: commonFields.technologies.optional(),
    source: ZSlug.optional(),
    meetingId: ZUuid.nullable().optional(),
    documentRef: text().trim().max(200).nullable().optional(),
    language: ZLanguage.optional(),
    addressees: recommendationFields.addressees.optional(),
    priority: ZPriority.nullable().optional(),
    context: lessonFields.context.optional(),
    lesson: lessonFields.lesson.optional(),
    administrationId: ZUuid.optional(),
    country: ZCountryCode.optional(),
    partners: z.array(text().trim().min(1).max(200)).max(50).optional(),
    startDate: ZIsoDate.optional(),
    endDate: ZIsoDate.nullable().optional(),
    stage: ZPilotStage.optional(),
    outcomes: text().max(20_000).optional(),
  })
  .meta({ id: 'UpdateItem' });
export type TUpdateItem = z.infer<typeof ZUpdateItem>;

export const ZReferenceParams = z.strictObject({ ref: ZItemReference });

// Declared here rather than imported from report.ts, which imports this module.
const ZUsage = z
  .object({
    editionId: ZUuid,
    edition: z.string(),
    editionStatus: ZEditionStatus,
    chapter: z.string(),
    section: z.string(),
    sectionId: ZUuid,
    anchor: z.string(),
    suspect: z.boolean(),
  })
  .meta({ id: 'Usage' });

const ZTechnologyTag = z.object({ slug: ZSlug, nameEn: z.string(), nameFr: z.string() });
const ZNamed = z.object({ id: ZUuid, name: z.string() });

export const ZItemLink = z
  .object({
    type: ZLinkType,
    direction: z.enum(['outgoing', 'incoming']),
    reference: z.string(),
    title: z.string(),
    status: ZItemStatus,
  })
  .meta({ id: 'ItemLink' });

const itemCommonResponse = {
  reference: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  technologies: z.array(ZTechnologyTag),
  source: z.object({ slug: ZSlug, name: z.string() }),
  meeting: z.object({ id: ZUuid, title: z.string() }).nullable(),
  documentRef: z.string().nullable(),
  language: ZLanguage,
  status: ZItemStatus,
  author: z.object({ id: ZUuid, displayName: z.string() }),
  organisation: ZNamed.extend({ country: z.string().nullable() }),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
  submittedAt: ZIsoDateTime.nullable(),
  decidedAt: ZIsoDateTime.nullable(),
  version: z.number().int(),
  links: z.array(ZItemLink),
  /** Where the item is used in the report (edition › chapter › section). */
  usedIn: z.array(ZUsage),
  /** What the caller may do with it now, so clients need not re-implement the rules. */
  permissions: z.object({ edit: z.boolean(), delete: z.boolean(), link: z.boolean() }),
  /** The workflow actions the caller may take now: the transition accepts exactly these. */
  allowedActions: z.array(ZWorkflowAction),
};

export const ZItem = z
  .discriminatedUnion('kind', [
    z.object({
      ...itemCommonResponse,
      kind: z.literal('RECOMMENDATION'),
      addressees: z.array(ZAddressee),
      priority: ZPriority.nullable(),
    }),
    z.object({ ...itemCommonResponse, kind: z.literal('LESSON'), context: z.string(), lesson: z.string() }),
    z.object({
      ...itemCommonResponse,
      kind: z.literal('PILOT'),
      administration: ZNamed,
      country: z.string(),
      partners: z.array(z.string()),
      startDate: ZIsoDate,
      endDate: ZIsoDate.nullable(),
      stage: ZPilotStage,
      outcomes: z.string(),
    }),
  ])
  .meta({ id: 'Item' });
export type TItem = z.infer<typeof ZItem>;

/** A fragment of a search snippet; `match` marks the words the query found. */
export const ZSnippetPart = z.object({ text: z.string(), match: z.boolean() });

export const ZItemSummary = z
  .object({
    reference: z.string(),
    kind: ZItemKind,
    title: z.string(),
    summary: z.string(),
    language: ZLanguage,
    status: ZItemStatus,
    technologies: z.array(ZTechnologyTag),
    source: z.object({ slug: ZSlug, name: z.string() }),
    organisation: z.object({ name: z.string(), country: z.string().nullable() }),
    createdAt: ZIsoDateTime,
    updatedAt: ZIsoDateTime,
    snippet: z.array(ZSnippetPart).nullable(),
  })
  .meta({ id: 'ItemSummary' });
export type TItemSummary = z.infer<typeof ZItemSummary>;

export const ITEM_SORTS = ['updated', 'created', 'title', 'relevance'] as const;

/** Query strings repeat a key for several values (`technology=ai&technology=iot`). */
const repeatable = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]),
    z.array(schema).max(20).optional(),
  );

const itemFilterFields = {
  kind: ZItemKind.optional(),
  technology: repeatable(ZSlug),
  source: repeatable(ZSlug),
  status: repeatable(ZItemStatus),
  meeting: ZUuid.optional(),
  organisation: ZUuid.optional(),
  country: ZCountryCode.optional(),
  q: text().trim().min(1).max(200).optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
};

export const ZItemFilters = z.strictObject(itemFilterFields);
export type TItemFilters = z.infer<typeof ZItemFilters>;

export const ZItemListQuery = z
  .strictObject({
    ...itemFilterFields,
    sort: z.enum(ITEM_SORTS).optional(),
    cursor: ZCursor.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .refine((query) => query.sort !== 'relevance' || query.q, {
    path: ['sort'],
    message: FIELD_MESSAGES.RELEVANCE_NEEDS_SEARCH,
  });
export type TItemListQuery = z.infer<typeof ZItemListQuery>;

export const ZItemPage = z
  .object({ items: z.array(ZItemSummary), nextCursor: z.string().nullable() })
  .meta({ id: 'ItemPage' });

const ZFacetCount = z.object({ value: z.string(), count: z.number().int() });
export const ZItemFacets = z
  .object({
    total: z.number().int(),
    technology: z.array(ZFacetCount),
    kind: z.array(ZFacetCount),
    status: z.array(ZFacetCount),
    source: z.array(ZFacetCount),
  })
  .meta({ id: 'ItemFacets' });
export type TItemFacets = z.infer<typeof ZItemFacets>;

export const ZRevisionSummary = z
  .object({
    number: z.number().int(),
    editor: z.object({ id: ZUuid, displayName: z.string() }),
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'RevisionSummary' });
export const ZRevision = ZRevisionSummary.extend({ content: z.record(z.string(), z.unknown()) }).meta({
  id: 'Revision',
});
export const ZRevisionParams = z.strictObject({ ref: ZItemReference, n: ZCountParam });

export const ZDiffQuery = z
  .strictObject({ from: ZCountParam, to: ZCountParam })
  .refine((query) => query.from !== query.to, { path: ['to'], message: FIELD_MESSAGES.SAME_REVISION });

export const ZDiffPart = z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() });
export const ZFieldChange = z
  .object({
    field: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    /** Word-level changes, for text fields. */
    words: z.array(ZDiffPart).nullable(),
  })
  .meta({ id: 'FieldChange' });
export const ZItemDiff = z
  .object({ from: z.number().int(), to: z.number().int(), changes: z.array(ZFieldChange) })
  .meta({ id: 'ItemDiff' });
export type TItemDiff = z.infer<typeof ZItemDiff>;

export const ZSimilarQuery = z.strictObject({ title: text().trim().min(3).max(200), kind: ZItemKind.optional() });
export const ZSimilarItem = z
  .object({ reference: z.string(), title: z.string(), status: ZItemStatus, kind: ZItemKind, score: z.number() })
  .meta({ id: 'SimilarItem' });

export const ZCreateLink = z.strictObject({ target: ZItemReference, type: ZLinkType }).meta({ id: 'CreateLink' });
export type TCreateLink = z.infer<typeof ZCreateLink>;
export const ZDeleteLinkQuery = z.strictObject({ target: ZItemReference, type: ZLinkType });
