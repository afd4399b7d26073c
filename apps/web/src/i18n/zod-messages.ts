import { fieldIssueOf } from '@srt/contracts';
import type { z } from 'zod';
import { translateFieldIssue } from './problems';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

/**
 * Zod's messages for what a form finds, in the current language: the same codes and
 * translations as the API's field issues. A contract's own message is translated at display.
 */
export function translateIssue(issue: Issue): string {
  return translateFieldIssue(fieldIssueOf(issue));
}
