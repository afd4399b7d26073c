import { Global, Inject, Injectable, Module } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { InstallationSecretsRepository } from '../database/installation-secrets.repository';
import { fieldIssue, ValidationFailed } from './problems';

// Cursors are opaque to clients and signed, so a tampered one is refused with a 400 instead of
// producing an odd page. Their values are still checked against a schema after the signature:
// a cursor signed with a leaked or configured key must not reach a query with a value the
// database refuses.

const sign = (key: string, payload: string) =>
  createHmac('sha256', key).update(payload).digest('base64url').slice(0, 22);

export function signCursor(key: string, values: Record<string, string>): string {
  const payload = Buffer.from(JSON.stringify(values)).toString('base64url');
  return `${payload}.${sign(key, payload)}`;
}

export function readCursor<T>(key: string, cursor: string, schema: z.ZodType<T>): T {
  const invalid = new ValidationFailed([fieldIssue('query.cursor', 'INVALID_CURSOR')]);
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined) throw invalid;
  const expected = Buffer.from(sign(key, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw invalid;
  return parsed.data;
}

/**
 * Signs and reads cursors with the installation's key: CURSOR_SECRET when configured, otherwise
 * a random key made on first use and kept in the database, so it is never a constant of the
 * source and every process of the installation shares it. It is read lazily: the API starts
 * (and answers 503) while the database is away.
 */
@Injectable()
export class CursorSigner {
  private key?: Promise<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly secrets: InstallationSecretsRepository,
  ) {}

  private signingKey(): Promise<string> {
    if (this.config.CURSOR_SECRET) return Promise.resolve(this.config.CURSOR_SECRET);
    this.key ??= this.secrets
      .obtain('cursor', () => randomBytes(32).toString('base64url'))
      .catch((error: unknown) => {
        this.key = undefined;
        throw error;
      });
    return this.key;
  }

  async encode(values: Record<string, string>): Promise<string> {
    return signCursor(await this.signingKey(), values);
  }

  async decode<T>(cursor: string, schema: z.ZodType<T>): Promise<T> {
    return readCursor(await this.signingKey(), cursor, schema);
  }
}

@Global()
@Module({ providers: [InstallationSecretsRepository, CursorSigner], exports: [CursorSigner] })
export class CursorModule {}
