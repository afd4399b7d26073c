import { z } from 'zod';
import { FIELD_MESSAGES } from './field-issues';
import { ZCursor, ZIsoDateTime, ZLimit, ZUuid, text } from './common';
import { ZItemReference } from './items';

export const ZComment = z
  .object({
    id: ZUuid,
    /** Markdown; empty once deleted (the comment stays as a placeholder). */
    body: z.string(),
    internal: z.boolean(),
    author: z.object({ id: ZUuid, displayName: z.string(), organisation: z.string() }),
    createdAt: ZIsoDateTime,
    editedAt: ZIsoDateTime.nullable(),
    deleted: z.boolean(),
    /** Whether the caller may still edit or delete it (own comment, within 15 minutes). */
    editable: z.boolean(),
  })
  .meta({ id: 'Comment' });
export type TComment = z.infer<typeof ZComment>;

export const ZCommentQuery = z.strictObject({
  internal: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

export const ZCreateComment = z
  .strictObject({
    body: text().trim().min(1, FIELD_MESSAGES.WRITE_SOMETHING).max(10_000),
    /** Internal notes are seen by the Secretariat and admins only. */
    internal: z.boolean().default(false),
  })
  .meta({ id: 'CreateComment' });
export type TCreateComment = z.infer<typeof ZCreateComment>;

export const ZUpdateComment = z.strictObject({ body: text().trim().min(1).max(10_000) }).meta({ id: 'UpdateComment' });
export const ZCommentParams = z.strictObject({ ref: ZItemReference, id: ZUuid });

export const ZEndorsements = z
  .object({
    count: z.number().int(),
    organisations: z.array(z.object({ id: ZUuid, name: z.string(), endorsedAt: ZIsoDateTime })),
    /** Whether the caller's organisation has endorsed it. */
    endorsedByMine: z.boolean(),
  })
  .meta({ id: 'Endorsements' });
export type TEndorsements = z.infer<typeof ZEndorsements>;

export const NOTIFICATION_KINDS = [
  'SUBMITTED',
  'RESUBMITTED',
  'ASSIGNED',
  'CHANGES_REQUESTED',
  'ACCEPTED',
  'REJECTED',
  'COMMENTED',
] as const;
export const ZNotificationKind = z.enum(NOTIFICATION_KINDS).meta({ id: 'NotificationKind' });
export type TNotificationKind = z.infer<typeof ZNotificationKind>;

export const DELIVERY_MODES = ['IMMEDIATE', 'DIGEST', 'NONE'] as const;
export const ZDeliveryMode = z.enum(DELIVERY_MODES).meta({ id: 'DeliveryMode' });

export const ZNotification = z
  .object({
    id: ZUuid,
    kind: ZNotificationKind,
    item: z.object({ reference: z.string(), title: z.string() }),
    actor: z.object({ displayName: z.string() }),
    summary: z.string(),
    createdAt: ZIsoDateTime,
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationQuery = z.strictObject({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  cursor: ZCursor.optional(),
  limit: ZLimit,
});
export const ZNotificationPage = z
  .object({ items: z.array(ZNotification), nextCursor: z.string().nullable(), unread: z.number().int() })
  .meta({ id: 'NotificationPage' });

export const ZMarkNotificationsRead = z
  .strictObject({ ids: z.array(ZUuid).min(1).max(200).optional(), all: z.literal(true).optional() })
  .refine((body) => Boolean(body.ids) !== Boolean(body.all), { message: FIELD_MESSAGES.IDS_OR_ALL })
  .meta({ id: 'MarkNotificationsRead' });

export const ZNotificationPreferences = z
  .object(
    Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, ZDeliveryMode])) as Record<
      (typeof NOTIFICATION_KINDS)[number],
      typeof ZDeliveryMode
    >,
  )
  .meta({ id: 'NotificationPreferences' });
export const ZUpdateNotificationPreferences = z
  .strictObject(
    Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, ZDeliveryMode.optional()])) as Record<
      (typeof NOTIFICATION_KINDS)[number],
      z.ZodOptional<typeof ZDeliveryMode>
    >,
  )
  .meta({ id: 'UpdateNotificationPreferences' });
export type TNotificationPreferences = z.infer<typeof ZNotificationPreferences>;
