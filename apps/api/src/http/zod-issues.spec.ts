import { z } from 'zod';
import { toFieldIssues } from './zod-issues';

describe('toFieldIssues', () => {
  const schema = z.strictObject({ title: z.string().min(5), tags: z.array(z.string().max(3)) });

  it('names nested fields by dotted path and unknown fields one by one', () => {
    const result = schema.safeParse({ title: 'abc', tags: ['ok', 'too long'], colour: 'red', size: 1 });
    expect(result.success).toBe(false);
    const issues = toFieldIssues(result.error as z.ZodError);
    expect(issues.map((issue) => issue.path).sort()).toEqual(['colour', 'size', 'tags.1', 'title']);
    expect(issues.find((issue) => issue.path === 'colour')).toMatchObject({
      code: 'UNKNOWN_FIELD',
      message: 'Unknown field',
    });
  });

  it('prefixes query and path parameters', () => {
    const result = z.strictObject({ limit: z.number() }).safeParse({ limit: 'x' });
    expect(toFieldIssues(result.error as z.ZodError, 'query')).toEqual([
      { path: 'query.limit', code: 'INVALID_TYPE', params: { expected: 'number' }, message: 'Expected number' },
    ]);
  });
});
