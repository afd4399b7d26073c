import { z } from 'zod';
import { FIELD_MESSAGES } from './field-issues';
import { ZEmail, ZPassword, ZUuid, text } from './common';
import { ZLanguage, ZOrganisationType, ZRole } from './enums';

export const ZLoginRequest = z
  .strictObject({ email: ZEmail, password: text().min(1, FIELD_MESSAGES.ENTER_PASSWORD).max(200) })
  .meta({ id: 'LoginRequest' });
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZMe = z
  .object({
    id: ZUuid,
    email: z.string(),
    displayName: z.string(),
    role: ZRole,
    preferredLanguage: ZLanguage,
    organisation: z.object({ id: ZUuid, name: z.string(), type: ZOrganisationType }),
  })
  .meta({ id: 'Me' });
export type TMe = z.infer<typeof ZMe>;

export const ZUpdateMe = z.strictObject({ preferredLanguage: ZLanguage }).meta({ id: 'UpdateMe' });
export type TUpdateMe = z.infer<typeof ZUpdateMe>;

export const ZPasswordResetRequest = z.strictObject({ email: ZEmail }).meta({ id: 'PasswordResetRequest' });
export type TPasswordResetRequest = z.infer<typeof ZPasswordResetRequest>;

/** Confirms both a password reset and an invitation: each carries a one-time token. */
export const ZPasswordResetConfirm = z
  .strictObject({ token: text().min(20).max(200), password: ZPassword })
  .meta({ id: 'PasswordResetConfirm' });
export type TPasswordResetConfirm = z.infer<typeof ZPasswordResetConfirm>;

export const ZAccepted = z.object({ status: z.literal('accepted') }).meta({ id: 'Accepted' });
