import { z } from 'zod';
import { FIELD_MESSAGES, fieldIssueOf, fieldMessage, SERVER_FIELD_MESSAGES } from './field-issues';
import { ZItemContent } from './items';
import { PROBLEM_CODES, PROBLEMS, ZProblem } from './problems';

const issuesOf = (schema: z.ZodType, input: unknown) =>
  (schema.safeParse(input, { reportInput: true }).error?.issues ?? []).map((issue) => ({
    path: issue.path.join('.'),
    ...fieldIssueOf(issue),
  }));

describe('field issue codes', () => {
  it('names the contract’s own rules by their code and generic ones by kind, with their bounds', () => {
    const issues = issuesOf(ZItemContent, {
      kind: 'RECOMMENDATION',
      title: 'abc',
      technologies: [],
      source: 'ptc',
      language: 'en',
      addressees: ['MEMBERS', 'MEMBERS'],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'title', code: 'TOO_SHORT', params: { minimum: 5 } },
        { path: 'technologies', code: 'CHOOSE_TECHNOLOGY' },
        { path: 'addressees', code: 'EACH_ADDRESSEE_ONCE' },
      ]),
    );
  });

  it('tells an empty value ("required") from a wrong one', () => {
    const schema = z.strictObject({ email: z.email(), count: z.number().max(3) });
    expect(issuesOf(schema, { email: '', count: 9, extra: 1 })).toEqual([
      { path: 'email', code: 'REQUIRED' },
      { path: 'count', code: 'TOO_BIG', params: { maximum: '3' } },
      { path: '', code: 'UNKNOWN_FIELD' },
    ]);
    expect(issuesOf(schema, { email: 'nope', count: 1 })).toEqual([
      { path: 'email', code: 'INVALID_FORMAT', params: { format: 'email' } },
    ]);
  });

  it('words every code in English, filling in its params', () => {
    expect(fieldMessage('TOO_LONG', { maximum: 20_000 })).toBe('Use at most 20,000 characters');
    expect(fieldMessage('TOO_SHORT', { minimum: 1 })).toBe('Use at least 1 character');
    expect(fieldMessage('UNKNOWN_TECHNOLOGY', { value: 'telepathy' })).toBe('Unknown technology "telepathy"');
    expect(fieldMessage('SAY_LEARNT')).toBe(FIELD_MESSAGES.SAY_LEARNT);
  });

  it('never gives two codes the same message, so a message names one code', () => {
    const messages = [...Object.values(FIELD_MESSAGES), ...Object.values(SERVER_FIELD_MESSAGES)];
    expect(new Set(messages).size).toBe(messages.length);
  });
});

describe('problem codes', () => {
  it('declares each code once, with a status and an English detail built from its extensions', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
    expect(PROBLEMS.STALE_VERSION.detail({ reference: 'REC-0001', currentVersion: 4 })).toBe(
      'REC-0001 was changed by someone else (now version 4); reload it and apply your change again.',
    );
  });

  it('accepts a problem only with the extensions its code declares', () => {
    const base = { type: 'about:blank', title: 'Conflict', status: 409 };
    expect(ZProblem.safeParse({ ...base, code: 'SUSPECT_LINKS', suspectLinks: 2 }).success).toBe(true);
    expect(ZProblem.safeParse({ ...base, code: 'SUSPECT_LINKS' }).success).toBe(false);
    expect(ZProblem.safeParse({ ...base, code: 'NO_SUCH_CODE' }).success).toBe(false);
  });
});
