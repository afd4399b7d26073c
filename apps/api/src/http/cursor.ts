import { Global, Inject, Injectable, Module } from '@nestjs/common';
import type { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { InstallationSecretsRepository } from '../database/installation-secrets.repository';
import { fieldIssue, ValidationFailed } from './problems';
import { installationKey, readSignedValues, signValues } from './signed-values';

// Cursors are opaque to clients and signed (see signed-values.ts), so a tampered one is refused
// with a 400 instead of producing an odd page.

export const signCursor = signValues;

export function readCursor<T>(key: string, cursor: string, schema: z.ZodType<T>): T {
  const values = readSignedValues(key, cursor, schema);
  if (values === null) throw new ValidationFailed([fieldIssue('query.cursor', 'INVALID_CURSOR')]);
  return values;
}

/** Signs and reads cursors with the installation's key: CURSOR_SECRET when configured. */
@Injectable()
export class CursorSigner {
  private readonly signingKey: () => Promise<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig, secrets: InstallationSecretsRepository) {
    this.signingKey = installationKey(secrets, 'cursor', config.CURSOR_SECRET);
  }

  async encode(values: Record<string, string>): Promise<string> {
    return signCursor(await this.signingKey(), values);
  }

  async decode<T>(cursor: string, schema: z.ZodType<T>): Promise<T> {
    return readCursor(await this.signingKey(), cursor, schema);
  }
}

@Global()
@Module({
  providers: [InstallationSecretsRepository, CursorSigner],
  exports: [CursorSigner, InstallationSecretsRepository],
})
export class CursorModule {}
