import { createHmac, timingSafeEqual } from 'node:crypto';
import { fieldIssue, ValidationFailed } from './problems';

// Cursors are opaque to clients and signed, so a tampered one is refused with a 400 instead of
// producing an odd page. The key only needs to be stable for the life of a process group.
const CURSOR_KEY = process.env.CURSOR_SECRET ?? 'study-report-tracker-cursor';

const sign = (payload: string) => createHmac('sha256', CURSOR_KEY).update(payload).digest('base64url').slice(0, 22);

export function encodeCursor(values: Record<string, string>): string {
  const payload = Buffer.from(JSON.stringify(values)).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

export function decodeCursor<K extends string>(cursor: string, keys: readonly K[]): Record<K, string> {
  const invalid = new ValidationFailed([fieldIssue('query.cursor', 'INVALID_CURSOR')]);
  const [payload, signature] = cursor.split('.');
  if (!payload || !signature) throw invalid;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (typeof values !== 'object' || values === null) throw invalid;
  for (const key of keys) if (typeof (values as Record<string, unknown>)[key] !== 'string') throw invalid;
  return values as Record<K, string>;
}
