import { z } from 'zod';
import { FIELD_MESSAGES } from './field-issues';
import { ZCursor, ZIsoDateTime, ZLimit, ZSlug, ZUuid, text } from './common';
import { ZWorkflowAction, type TWorkflowAction } from './enums';
import { ZItemKind, ZItemReference, ZItemStatus, type TItemStatus } from './items';

/** Who may take an action: the item's author, or the Secretariat (and admins). */
export type WorkflowActor = 'author' | 'secretariat';

export interface TransitionRule {
  by: WorkflowActor;
  from: readonly TItemStatus[];
  to: TItemStatus;
  commentRequired: boolean;
}

/** The review workflow of SPEC §3, exactly. */
export const TRANSITIONS: Record<TWorkflowAction, TransitionRule> = {
  submit: { by: 'author', from: ['DRAFT'], to: 'SUBMITTED', commentRequired: false },
  assign: { by: 'secretariat', from: ['SUBMITTED'], to: 'IN_REVIEW', commentRequired: false },
  request_changes: {
    by: 'secretariat',
    from: ['SUBMITTED', 'IN_REVIEW'],
    to: 'CHANGES_REQUESTED',
    commentRequired: true,
  },
  resubmit: { by: 'author', from: ['CHANGES_REQUESTED'], to: 'SUBMITTED', commentRequired: false },
  accept: { by: 'secretariat', from: ['SUBMITTED', 'IN_REVIEW'], to: 'ACCEPTED', commentRequired: false },
  reject: { by: 'secretariat', from: ['SUBMITTED', 'IN_REVIEW'], to: 'REJECTED', commentRequired: true },
  withdraw: {
    by: 'author',
    from: ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED'],
    to: 'WITHDRAWN',
    commentRequired: false,
  },
  reopen: { by: 'secretariat', from: ['ACCEPTED', 'REJECTED'], to: 'IN_REVIEW', commentRequired: true },
};

export const ZTransitionRequest = z
  .strictObject({
    action: ZWorkflowAction,
    comment: text().trim().max(5000).optional(),
    reviewerId: ZUuid.optional(),
    /** With `reject`: the surviving item this one duplicates (a DUPLICATES link is made). */
    duplicateOf: ZItemReference.optional(),
  })
  .superRefine((request, context) => {
    if (TRANSITIONS[request.action].commentRequired && !request.comment) {
      context.addIssue({
        code: 'custom',
        path: ['comment'],
        message:
          request.action === 'request_changes' ? FIELD_MESSAGES.SAY_WHAT_SHOULD_CHANGE : FIELD_MESSAGES.GIVE_REASON,
      });
    }
    if (request.duplicateOf && request.action !== 'reject') {
      context.addIssue({ code: 'custom', path: ['duplicateOf'], message: FIELD_MESSAGES.DUPLICATE_ONLY_ON_REJECT });
    }
    if (request.reviewerId && request.action !== 'assign') {
      context.addIssue({ code: 'custom', path: ['reviewerId'], message: FIELD_MESSAGES.REVIEWER_ONLY_ON_ASSIGN });
    }
  })
  .meta({ id: 'TransitionRequest' });
export type TTransitionRequest = z.infer<typeof ZTransitionRequest>;

/** Who may review items: an active Secretariat member or administrator. */
export const ZReviewer = z.object({ id: ZUuid, displayName: z.string() }).meta({ id: 'Reviewer' });
export type TReviewer = z.infer<typeof ZReviewer>;

export const ZItemEvent = z
  .object({
    id: z.string(),
    action: ZWorkflowAction,
    from: ZItemStatus,
    to: ZItemStatus,
    comment: z.string().nullable(),
    actor: z.object({ id: ZUuid, displayName: z.string() }),
    reviewer: ZReviewer.nullable(),
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'ItemEvent' });
export type TItemEvent = z.infer<typeof ZItemEvent>;

export const ZTransitionResult = z
  .object({ reference: z.string(), status: ZItemStatus, version: z.number().int(), event: ZItemEvent })
  .meta({ id: 'TransitionResult' });

export const TRIAGE_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED'] as const;

export const ZTriageQuery = z.strictObject({
  status: z.preprocess(
    (value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]),
    z.array(z.enum(TRIAGE_STATUSES)).max(3).optional(),
  ),
  technology: ZSlug.optional(),
  reviewer: ZUuid.optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  cursor: ZCursor.optional(),
  limit: ZLimit,
});
export type TTriageQuery = z.infer<typeof ZTriageQuery>;

export const ZTriageEntry = z
  .object({
    reference: z.string(),
    kind: ZItemKind,
    title: z.string(),
    status: z.enum(TRIAGE_STATUSES),
    /** When the item entered its current status. */
    statusSince: ZIsoDateTime,
    ageInStatusDays: z.number().int(),
    author: z.object({ displayName: z.string(), organisation: z.string() }),
    reviewer: ZReviewer.nullable(),
    technologies: z.array(z.object({ slug: ZSlug, nameEn: z.string(), nameFr: z.string() })),
    likelyDuplicates: z.number().int(),
  })
  .meta({ id: 'TriageEntry' });
export type TTriageEntry = z.infer<typeof ZTriageEntry>;

export const ZTriagePage = z
  .object({
    items: z.array(ZTriageEntry),
    nextCursor: z.string().nullable(),
    counts: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'TriagePage' });
