import { z } from 'zod';
import { readCursor, signCursor } from './cursor';
import { ValidationFailed } from './problems';

const KEY = 'a-key-of-this-installation-only-0123456789';
const ZBoundary = z.object({ createdAt: z.iso.datetime(), id: z.string().regex(/^\d+$/) });

describe('signed cursors', () => {
  it('round-trips the values of a page boundary', () => {
    const cursor = signCursor(KEY, { createdAt: '2026-11-25T10:00:00.000Z', id: '42' });
    expect(readCursor(KEY, cursor, ZBoundary)).toEqual({ createdAt: '2026-11-25T10:00:00.000Z', id: '42' });
  });

  it('refuses a cursor whose payload was changed', () => {
    const cursor = signCursor(KEY, { createdAt: '2026-11-25T10:00:00.000Z', id: '42' });
    const [, signature] = cursor.split('.');
    const payload = { createdAt: '2026-11-25T10:00:00.000Z', id: '1' };
    const forged = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
    expect(() => readCursor(KEY, forged, ZBoundary)).toThrow(ValidationFailed);
  });

  it('refuses a cursor signed with another key, such as the constant that once was the default', () => {
    const forged = signCursor('study-report-tracker-cursor', { createdAt: '2026-11-25T10:00:00.000Z', id: '42' });
    expect(() => readCursor(KEY, forged, ZBoundary)).toThrow(ValidationFailed);
  });

  it('refuses a correctly signed cursor whose values do not fit the page boundary', () => {
    for (const values of [{ createdAt: 'garbage', id: '42' }, { createdAt: '2026-11-25T10:00:00.000Z', id: 'x' }, {}])
      expect(() => readCursor(KEY, signCursor(KEY, values as Record<string, string>), ZBoundary)).toThrow(
        ValidationFailed,
      );
  });

  it('refuses garbage', () => {
    for (const cursor of ['garbage', '.', 'a.b.c', `${Buffer.from('[1').toString('base64url')}.x`])
      expect(() => readCursor(KEY, cursor, ZBoundary)).toThrow(ValidationFailed);
  });
});
