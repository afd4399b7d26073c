import { z } from 'zod';
import { FIELD_MESSAGES } from './field-issues';
import { ZCursor, ZIsoDateTime, ZLimit, ZUuid, paged, text } from './common';

export const ZAuditEntry = z
  .object({
    id: z.string(),
    actor: z.object({ id: ZUuid, email: z.string(), displayName: z.string() }).nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    summary: z.string(),
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'AuditEntry' });
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditPage = paged(ZAuditEntry).meta({ id: 'AuditPage' });

export const ZAuditQuery = z
  .strictObject({
    actor: ZUuid.optional(),
    action: text().trim().max(100).optional(),
    from: ZIsoDateTime.optional(),
    to: ZIsoDateTime.optional(),
    cursor: ZCursor.optional(),
    limit: ZLimit,
  })
  .refine((query) => !query.from || !query.to || new Date(query.from) <= new Date(query.to), {
    path: ['to'],
    message: FIELD_MESSAGES.TO_BEFORE_FROM,
  });
export type TAuditQuery = z.infer<typeof ZAuditQuery>;
