import { FIELD_ISSUE_CODES, PROBLEM_CODES, PROBLEM_RESOURCES } from '@srt/contracts';
import en from '../../apps/web/src/i18n/en.json';
import fr from '../../apps/web/src/i18n/fr.json';

// The web shows every error from its code: each code needs its words in both languages, with
// the same placeholders, or a French user meets an untranslated key.
type Texts = Record<string, unknown>;
const LANGUAGES = { en, fr } as const;

/** The translations of `code` in a section: the key itself or its plural forms. */
function textsOf(section: Texts, code: string): string[] {
  return Object.entries(section)
    .filter(([key, value]) => (key === code || key.startsWith(`${code}_`)) && typeof value === 'string')
    .map(([, value]) => value as string);
}

const placeholders = (texts: string[]) =>
  [...new Set(texts.flatMap((text) => text.match(/\{\{\w+\}\}/g) ?? []))].sort();

describe.each(Object.entries(LANGUAGES))('error translations in %s', (_language, texts) => {
  it.each(PROBLEM_CODES)('translates the problem %s', (code) => {
    expect(textsOf(texts.problems as Texts, code).length).toBeGreaterThan(0);
    expect(placeholders(textsOf(texts.problems as Texts, code))).toEqual(
      placeholders(textsOf(en.problems as Texts, code)),
    );
  });

  it.each([...FIELD_ISSUE_CODES])('translates the field issue %s', (code) => {
    expect(textsOf(texts.fieldIssues as Texts, code).length).toBeGreaterThan(0);
    expect(placeholders(textsOf(texts.fieldIssues as Texts, code))).toEqual(
      placeholders(textsOf(en.fieldIssues as Texts, code)),
    );
  });

  it('names every resource a "not found" can be about', () => {
    for (const resource of PROBLEM_RESOURCES) expect(texts.problems.resources[resource]).toEqual(expect.any(String));
  });
});
