import { fieldIssueOf, fieldMessage } from '@srt/contracts';
import type { z } from 'zod';
import type { FieldIssue } from './problems';

/**
 * Field issues named the way a client addresses them (`title`, `technologies.0`, `query.limit`),
 * each with its code. The input a schema was given is never echoed back.
 */
export function toFieldIssues(error: z.ZodError, prefix?: string): FieldIssue[] {
  return error.issues
    .map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      const classified = fieldIssueOf(issue);
      return keys.map((key) => {
        const segments = [...issue.path.map(String), ...(key === undefined ? [] : [key])];
        const path = [prefix, ...segments].filter((segment) => segment !== undefined && segment !== '').join('.');
        return {
          path: path || prefix || '(root)',
          code: classified.code,
          ...(classified.params ? { params: classified.params } : {}),
          message:
            key === undefined ? fieldMessage(classified.code, classified.params, issue.message) : 'Unknown field',
        };
      });
    })
    .flat();
}
