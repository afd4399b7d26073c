import { z } from 'zod';
import { FIELD_MESSAGES } from './field-issues';
import { ZCountryCode, ZCursor, ZEmail, ZIsoDateTime, ZLimit, ZUuid, paged, text } from './common';
import { ZLanguage, ZOrganisationType, ZRole } from './enums';

export const ZOrganisation = z
  .object({
    id: ZUuid,
    name: z.string(),
    type: ZOrganisationType,
    country: z.string().nullable(),
    userCount: z.number().int(),
  })
  .meta({ id: 'Organisation' });
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const ZCreateOrganisation = z
  .strictObject({
    name: text().trim().min(2).max(200),
    type: ZOrganisationType,
    country: ZCountryCode.nullable().optional(),
  })
  .meta({ id: 'CreateOrganisation' });
export type TCreateOrganisation = z.infer<typeof ZCreateOrganisation>;

export const ZUser = z
  .object({
    id: ZUuid,
    email: z.string(),
    displayName: z.string(),
    role: ZRole,
    active: z.boolean(),
    preferredLanguage: ZLanguage,
    organisation: z.object({ id: ZUuid, name: z.string() }),
    hasPassword: z.boolean(),
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'User' });
export type TUser = z.infer<typeof ZUser>;

export const ZUserPage = paged(ZUser).meta({ id: 'UserPage' });

export const ZUserQuery = z.strictObject({
  q: text().trim().max(100).optional(),
  role: ZRole.optional(),
  organisation: ZUuid.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  cursor: ZCursor.optional(),
  limit: ZLimit,
});

export const ZCreateUser = z
  .strictObject({
    email: ZEmail,
    displayName: text().trim().min(2).max(120),
    organisationId: ZUuid,
    role: ZRole,
    preferredLanguage: ZLanguage.default('en'),
  })
  .meta({ id: 'CreateUser' });
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = z
  .strictObject({
    displayName: text().trim().min(2).max(120).optional(),
    organisationId: ZUuid.optional(),
    role: ZRole.optional(),
    active: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: FIELD_MESSAGES.NO_CHANGE })
  .meta({ id: 'UpdateUser' });
export type TUpdateUser = z.infer<typeof ZUpdateUser>;
