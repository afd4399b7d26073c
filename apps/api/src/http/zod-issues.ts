import type { z } from 'zod';
import type { FieldIssue } from './problems';

/** Field issues named the way a client addresses them: `title`, `technologies.0`, `query.limit`. */
export function toFieldIssues(error: z.ZodError, prefix?: string): FieldIssue[] {
  return error.issues
    .map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      return keys.map((key) => {
        const segments = [...issue.path.map(String), ...(key === undefined ? [] : [key])];
        const path = [prefix, ...segments].filter((segment) => segment !== undefined && segment !== '').join('.');
        return {
          path: path || prefix || '(root)',
          message: key === undefined ? issue.message : 'Unknown field',
        };
      });
    })
    .flat();
}
