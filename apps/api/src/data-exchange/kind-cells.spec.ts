import type { FieldIssue } from '../http/problems';
import { ITEM_COLUMNS } from './item-columns';
import { kindCandidate } from './kind-cells';

describe('the export columns', () => {
  it('keep the order the README documents', () => {
    expect(ITEM_COLUMNS.join(', ')).toBe(
      'reference, kind, status, title, summary, body, technologies, source, meeting, document_ref, language, ' +
        'organisation, author, country, addressees, priority, context, lesson, administration, partners, ' +
        'start_date, end_date, stage, outcomes, created_at, updated_at, submitted_at, decided_at',
    );
  });
});

describe('kindCandidate', () => {
  const organisations = new Map([['Korea Customs Service', 'org-id']]);

  it("reads a pilot's cells as its schema expects them, the administration by name", () => {
    const issues: FieldIssue[] = [];
    const row = {
      administration: ' Korea Customs Service ',
      country: ' KR ',
      partners: 'A; B;',
      start_date: ' 2019-01-01 ',
      end_date: ' ',
      stage: 'ONGOING',
      outcomes: ' as written ',
    };
    expect(kindCandidate('PILOT', row, organisations, (issue) => issues.push(issue))).toEqual({
      administrationId: 'org-id',
      country: 'KR',
      partners: ['A', 'B'],
      startDate: '2019-01-01',
      endDate: null,
      stage: 'ONGOING',
      outcomes: ' as written ',
    });
    expect(issues).toEqual([]);
  });

  it('reports an organisation the database does not know, on its column', () => {
    const issues: FieldIssue[] = [];
    const candidate = kindCandidate('PILOT', { administration: 'Nowhere' }, organisations, (issue) =>
      issues.push(issue),
    );
    expect(candidate.administrationId).toBeUndefined();
    expect(issues).toMatchObject([{ path: 'administration', code: 'UNKNOWN_ORGANISATION_NAME' }]);
  });

  it("leaves other kinds' columns out and keeps an absent text empty", () => {
    expect(kindCandidate('LESSON', { stage: 'ONGOING', lesson: 'Learnt' }, organisations, () => {})).toEqual({
      context: '',
      lesson: 'Learnt',
    });
    expect(kindCandidate('RECOMMENDATION', { priority: ' ' }, organisations, () => {})).toEqual({
      addressees: [],
      priority: null,
    });
  });
});
