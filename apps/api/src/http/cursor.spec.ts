import { decodeCursor, encodeCursor } from './cursor';
import { ValidationFailed } from './problems';

describe('signed cursors', () => {
  it('round-trips the values of a page boundary', () => {
    const cursor = encodeCursor({ createdAt: '2026-11-25T10:00:00.000Z', id: '42' });
    expect(decodeCursor(cursor, ['createdAt', 'id'])).toEqual({ createdAt: '2026-11-25T10:00:00.000Z', id: '42' });
  });

  it('refuses a cursor whose payload was changed', () => {
    const cursor = encodeCursor({ id: '42' });
    const [, signature] = cursor.split('.');
    const forged = `${Buffer.from(JSON.stringify({ id: '1' })).toString('base64url')}.${signature}`;
    expect(() => decodeCursor(forged, ['id'])).toThrow(ValidationFailed);
  });

  it('refuses garbage and cursors missing a key', () => {
    expect(() => decodeCursor('garbage', ['id'])).toThrow(ValidationFailed);
    expect(() => decodeCursor(encodeCursor({ other: 'x' }), ['id'])).toThrow(ValidationFailed);
  });
});
