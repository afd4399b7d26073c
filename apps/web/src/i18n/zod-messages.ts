import i18next from 'i18next';
import type { z } from 'zod';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

/** Messages for the zod issues a form can raise, in the current language; undefined keeps zod's own. */
export function translateIssue(issue: Issue): string | undefined {
  const t = i18next.t.bind(i18next);
  const empty = issue.input === undefined || issue.input === null || issue.input === '';
  switch (issue.code) {
    case 'invalid_type':
      return empty ? t('validation.required') : t('validation.invalid');
    case 'too_small':
      if (empty) return t('validation.required');
      return issue.origin === 'string'
        ? t('validation.tooShort', { count: Number(issue.minimum) })
        : t('validation.invalid');
    case 'too_big':
      return issue.origin === 'string'
        ? t('validation.tooLong', { count: Number(issue.maximum) })
        : t('validation.invalid');
    case 'invalid_format':
      if (empty) return t('validation.required');
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'date' || issue.format === 'datetime') return t('validation.date');
      return t('validation.invalid');
    case 'invalid_value':
      return t('validation.choose');
    default:
      return undefined;
  }
}
