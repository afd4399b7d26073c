import { z } from 'zod';
import { FIELD_MESSAGES } from './field-issues';
import { ZIsoDate, ZSlug, ZUuid, text } from './common';
import { ZSourceKind } from './enums';

export const ZTechnology = z
  .object({
    id: ZUuid,
    slug: ZSlug,
    nameEn: z.string(),
    nameFr: z.string(),
    description: z.string(),
    active: z.boolean(),
  })
  .meta({ id: 'Technology' });
export type TTechnology = z.infer<typeof ZTechnology>;

export const ZCreateTechnology = z
  .strictObject({
    slug: ZSlug,
    nameEn: text().trim().min(2).max(100),
    nameFr: text().trim().min(2).max(100),
    description: text().max(2000).default(''),
  })
  .meta({ id: 'CreateTechnology' });
export type TCreateTechnology = z.infer<typeof ZCreateTechnology>;

export const ZUpdateTechnology = ZCreateTechnology.omit({ slug: true })
  .partial()
  .extend({ active: z.boolean().optional() })
  .strict()
  .meta({ id: 'UpdateTechnology' });
export type TUpdateTechnology = z.infer<typeof ZUpdateTechnology>;

export const ZSlugParams = z.strictObject({ slug: ZSlug });

export const ZSourceBody = z
  .object({ id: ZUuid, slug: ZSlug, name: z.string(), kind: ZSourceKind, active: z.boolean() })
  .meta({ id: 'SourceBody' });
export type TSourceBody = z.infer<typeof ZSourceBody>;

export const ZCreateSourceBody = z
  .strictObject({ slug: ZSlug, name: text().trim().min(2).max(200), kind: ZSourceKind })
  .meta({ id: 'CreateSourceBody' });
export type TCreateSourceBody = z.infer<typeof ZCreateSourceBody>;

export const ZUpdateSourceBody = z
  .strictObject({
    name: text().trim().min(2).max(200).optional(),
    kind: ZSourceKind.optional(),
    active: z.boolean().optional(),
  })
  .meta({ id: 'UpdateSourceBody' });
export type TUpdateSourceBody = z.infer<typeof ZUpdateSourceBody>;

export const ZMeeting = z
  .object({
    id: ZUuid,
    source: z.object({ slug: ZSlug, name: z.string() }),
    title: z.string(),
    startDate: ZIsoDate,
    endDate: ZIsoDate.nullable(),
    location: z.string().nullable(),
    agendaRef: z.string().nullable(),
    notes: z.string(),
  })
  .meta({ id: 'Meeting' });
export type TMeeting = z.infer<typeof ZMeeting>;

const meetingFields = {
  source: ZSlug,
  title: text().trim().min(3).max(200),
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable().optional(),
  location: text().trim().max(200).nullable().optional(),
  agendaRef: text().trim().max(200).nullable().optional(),
  notes: text().max(5000).optional(),
};

function endNotBeforeStart(value: { startDate?: string; endDate?: string | null }, context: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    context.addIssue({ code: 'custom', path: ['endDate'], message: FIELD_MESSAGES.END_BEFORE_START });
  }
}

export const ZCreateMeeting = z
  .strictObject(meetingFields)
  .superRefine(endNotBeforeStart)
  .meta({ id: 'CreateMeeting' });
export type TCreateMeeting = z.infer<typeof ZCreateMeeting>;

export const ZUpdateMeeting = z
  .strictObject(meetingFields)
  .partial()
  .superRefine(endNotBeforeStart)
  .meta({ id: 'UpdateMeeting' });
export type TUpdateMeeting = z.infer<typeof ZUpdateMeeting>;

export const ZMeetingQuery = z.strictObject({ source: ZSlug.optional() });
export const ZIdParams = z.strictObject({ id: ZUuid });
