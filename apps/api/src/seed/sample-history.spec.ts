import { MEETINGS } from './reference-data';
import { resolveTimeline, sampleTime } from './sample-history';
import { SAMPLE_ITEMS, type SampleItem } from './sample-items';

const NOW = new Date('2026-12-02T08:00:00Z');

const recommendation = (story: Partial<SampleItem>): SampleItem =>
  ({
    kind: 'RECOMMENDATION',
    author: 'member@example.org',
    status: 'DRAFT',
    language: 'en',
    title: 'A recommendation with a story',
    summary: '',
    body: 'Body.',
    technologies: ['ai'],
    source: 'ptc',
    documentRef: null,
    addressees: ['MEMBERS'],
    priority: null,
    created: '2018-05-02 09:00',
    ...story,
  }) as SampleItem;

const resolve = (story: Partial<SampleItem>, meeting?: { startDate: Date; endDate: Date | null }) =>
  resolveTimeline(recommendation(story), { now: NOW, meeting, authorIsSecretariat: false });

describe('sample times', () => {
  it('reads absolute times as UTC and counts days back from the day of seeding', () => {
    expect(sampleTime('2018-04-23 08:00', NOW).toISOString()).toBe('2018-04-23T08:00:00.000Z');
    expect(sampleTime({ daysAgo: 12, at: '14:30' }, NOW).toISOString()).toBe('2026-11-20T14:30:00.000Z');
    expect(() => sampleTime('23 April 2018', NOW)).toThrow('is not a "YYYY-MM-DD HH:MM" time');
    expect(() => sampleTime({ daysAgo: 0, at: '23:00' }, NOW)).toThrow('daysAgo');
  });
});

describe('a sample item replayed through the workflow', () => {
  it('leaves the row as the transitions would: last submission, decision cleared by a reopen, reviewer, version', () => {
    const timeline = resolve({
      status: 'SUBMITTED',
      history: [
        { action: 'submit', on: '2018-05-03 09:00' },
        { action: 'assign', on: '2018-05-04 09:00' },
        { action: 'accept', on: '2018-05-20 09:00' },
        { action: 'reopen', on: { daysAgo: 9, at: '10:00' }, comment: 'For the next edition.' },
        { action: 'request_changes', on: { daysAgo: 9, at: '10:05' }, comment: 'Add the figures.' },
        { edit: 'author', on: { daysAgo: 3, at: '07:00' } },
        { action: 'resubmit', on: { daysAgo: 3, at: '07:05' } },
      ],
      firstDraft: { body: 'Shorter body.' },
    });
    expect(timeline.events.map((event) => `${event.from}→${event.to}`)).toEqual([
      'DRAFT→SUBMITTED',
      'SUBMITTED→IN_REVIEW',
      'IN_REVIEW→ACCEPTED',
      'ACCEPTED→IN_REVIEW',
      'IN_REVIEW→CHANGES_REQUESTED',
      'CHANGES_REQUESTED→SUBMITTED',
    ]);
    expect(timeline.events.map((event) => event.by)).toEqual([
      'author',
      'secretariat',
      'secretariat',
      'secretariat',
      'secretariat',
      'author',
    ]);
    expect(timeline.edit).toEqual({ at: new Date('2026-11-29T07:00:00Z'), by: 'author' });
    expect(timeline.row).toEqual({
      status: 'SUBMITTED',
      statusChangedAt: new Date('2026-11-29T07:05:00Z'),
      updatedAt: new Date('2026-11-29T07:05:00Z'),
      submittedAt: new Date('2026-11-29T07:05:00Z'),
      decidedAt: null,
      version: 8,
      reviewed: true,
    });
  });

  it('keeps a draft as written', () => {
    expect(resolve({}).row).toMatchObject({
      status: 'DRAFT',
      statusChangedAt: new Date('2018-05-02T09:00:00Z'),
      submittedAt: null,
      version: 1,
      reviewed: false,
    });
  });

  it.each([
    [
      'an illegal transition',
      { status: 'ACCEPTED', history: [{ action: 'accept', on: '2018-05-03 09:00' }] },
      '"accept" is not possible from DRAFT',
    ],
    [
      'a request for changes without a comment',
      {
        status: 'CHANGES_REQUESTED',
        history: [
          { action: 'submit', on: '2018-05-03 09:00' },
          { action: 'request_changes', on: '2018-05-04 09:00' },
        ],
      },
      '"request_changes" needs a comment',
    ],
    [
      'an author editing a submitted item',
      {
        status: 'SUBMITTED',
        history: [
          { action: 'submit', on: '2018-05-03 09:00' },
          { edit: 'author', on: '2018-05-04 09:00' },
        ],
        firstDraft: { body: 'Before.' },
      },
      'the author cannot edit it while it is SUBMITTED',
    ],
    [
      'steps out of order',
      {
        status: 'IN_REVIEW',
        history: [
          { action: 'submit', on: '2018-05-03 09:00' },
          { action: 'assign', on: '2018-05-03 08:00' },
        ],
      },
      '"2018-05-03 08:00" is not after the step before it',
    ],
    [
      'a story reaching into the future',
      { status: 'SUBMITTED', history: [{ action: 'submit', on: '2027-01-04 09:00' }] },
      'its story reaches into the future',
    ],
    [
      'a story ending elsewhere than its status',
      { status: 'ACCEPTED', history: [{ action: 'submit', on: '2018-05-03 09:00' }] },
      'its story ends in SUBMITTED, not ACCEPTED',
    ],
    [
      'a comment from someone else before the item was submitted',
      { comments: [{ by: 'delegate@example.org', on: '2018-05-03 09:00', body: 'Seen.' }] },
      'a comment of delegate@example.org comes before it could see the item',
    ],
  ] as [string, Partial<SampleItem>, string][])('refuses %s', (_, story, problem) => {
    expect(() => resolve(story)).toThrow(`Sample item "A recommendation with a story": ${problem}`);
  });

  it('refuses an item written before its meeting began or submitted before it was over', () => {
    const meeting = { startDate: new Date('2018-04-16T00:00:00Z'), endDate: new Date('2018-04-20T00:00:00Z') };
    expect(() => resolve({ created: '2018-04-15 09:00' }, meeting)).toThrow('written before its meeting began');
    expect(() =>
      resolve(
        { created: '2018-04-17 09:00', status: 'SUBMITTED', history: [{ action: 'submit', on: '2018-04-20 16:00' }] },
        meeting,
      ),
    ).toThrow('submitted before its meeting was over');
    expect(
      resolve(
        { created: '2018-04-17 09:00', status: 'SUBMITTED', history: [{ action: 'submit', on: '2018-04-23 09:00' }] },
        meeting,
      ).row.submittedAt,
    ).toEqual(new Date('2018-04-23T09:00:00Z'));
  });

  it('holds a story the application could have produced for every item of the sample', () => {
    const day = (date: string | null) => (date ? new Date(`${date}T00:00:00Z`) : null);
    for (const sample of SAMPLE_ITEMS) {
      const meeting = MEETINGS.find((each) => each.title === sample.meeting);
      const dates = meeting && { startDate: day(meeting.startDate) as Date, endDate: day(meeting.endDate) };
      expect(() =>
        resolveTimeline(sample, {
          now: NOW,
          meeting: dates,
          authorIsSecretariat: sample.author === 'secretariat@example.org',
        }),
      ).not.toThrow();
    }
  });
});
