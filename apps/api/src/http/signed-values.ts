import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import type { InstallationSecretsRepository } from '../database/installation-secrets.repository';

// Values handed to a client and read back (page cursors, the trusted-device cookie) are signed
// with an installation key, so a tampered one is refused; after the signature they are still
// checked against a schema: a value signed with a leaked or configured key must not reach a
// query with something the database refuses.

const sign = (key: string, payload: string) =>
  createHmac('sha256', key).update(payload).digest('base64url').slice(0, 22);

export function signValues(key: string, values: Record<string, string>): string {
  const payload = Buffer.from(JSON.stringify(values)).toString('base64url');
  return `${payload}.${sign(key, payload)}`;
}

/** The values `signValues` signed with `key`, or null for anything else. */
export function readSignedValues<T>(key: string, token: string, schema: z.ZodType<T>): T | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(key, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = schema.safeParse(values);
  return parsed.success ? parsed.data : null;
}

/**
 * A signing key: the configured one, otherwise a random key made on first use and kept in the
 * database under `name`, so it is never a constant of the source and every process of the
 * installation shares it. It is read lazily (the API starts, and answers 503, while the
 * database is away) and asked again after a failed read.
 */
export function installationKey(
  secrets: InstallationSecretsRepository,
  name: string,
  configured?: string,
): () => Promise<string> {
  let key: Promise<string> | undefined;
  return () => {
    if (configured) return Promise.resolve(configured);
    key ??= secrets
      .obtain(name, () => randomBytes(32).toString('base64url'))
      .catch((error: unknown) => {
        key = undefined;
        throw error;
      });
    return key;
  };
}
