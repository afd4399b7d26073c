import type { SessionUser } from '../../apps/api/src/auth/session-user';
import { StatsRepository } from '../../apps/api/src/insight/stats.repository';
import { DEMO, startTestApp, type DemoRole, type TestApp } from '../support/test-app';

// The seeded sample must read as a true story: every item went through the workflow of SPEC §3
// at plausible times, and every page built from those rows (timeline, triage ages, monthly trend,
// "my tasks", where it is used in the report) agrees with its status. The workflow table is
// written out again here, from SPEC §3, rather than imported from the code under test.
const SPEC: Record<string, { by: 'author' | 'secretariat'; from: string[]; to: string; comment: boolean }> = {
  submit: { by: 'author', from: ['DRAFT'], to: 'SUBMITTED', comment: false },
  assign: { by: 'secretariat', from: ['SUBMITTED'], to: 'IN_REVIEW', comment: false },
  request_changes: { by: 'secretariat', from: ['SUBMITTED', 'IN_REVIEW'], to: 'CHANGES_REQUESTED', comment: true },
  resubmit: { by: 'author', from: ['CHANGES_REQUESTED'], to: 'SUBMITTED', comment: false },
  accept: { by: 'secretariat', from: ['SUBMITTED', 'IN_REVIEW'], to: 'ACCEPTED', comment: false },
  reject: { by: 'secretariat', from: ['SUBMITTED', 'IN_REVIEW'], to: 'REJECTED', comment: true },
  withdraw: { by: 'author', from: ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED'], to: 'WITHDRAWN', comment: false },
  reopen: { by: 'secretariat', from: ['ACCEPTED', 'REJECTED'], to: 'IN_REVIEW', comment: true },
};

interface ItemRow {
  id: string;
  reference: string;
  kind: string;
  status: string;
  author_id: string;
  reviewer_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  status_changed_at: Date;
  submitted_at: Date | null;
  decided_at: Date | null;
  meeting_start: Date | null;
  meeting_end: Date | null;
  start_date: Date | null;
  end_date: Date | null;
  stage: string | null;
  /** When the current content was saved: its latest revision. */
  content_at: Date;
}

interface EventRow {
  item_id: string;
  action: string;
  from_status: string;
  to_status: string;
  comment: string | null;
  actor_id: string;
  actor_role: string;
  reviewer_role: string | null;
  created_at: Date;
}

let testApp: TestApp;
let items: ItemRow[];
let eventsOf: Map<string, EventRow[]>;
let now: Date;
/** The audit log as seeded, read before this suite signs anybody in. */
let audit: { action: string; actor_id: string | null; summary: string; created_at: Date }[];

const DAY = 86_400_000;
const STAFF = ['SECRETARIAT', 'ADMIN'];

beforeAll(async () => {
  testApp = await startTestApp();
  items = await testApp.query<ItemRow>(`
    SELECT i.id, i.reference, i.kind, i.status, i.author_id, i.reviewer_id, i.version, i.created_at, i.updated_at,
           i.status_changed_at, i.submitted_at, i.decided_at, m.start_date AS meeting_start, m.end_date AS meeting_end,
           i.start_date, i.end_date, i.stage,
           (SELECT max(r.created_at) FROM item_revision r WHERE r.item_id = i.id) AS content_at
      FROM item i LEFT JOIN meeting m ON m.id = i.meeting_id ORDER BY i.reference`);
  const events = await testApp.query<EventRow>(`
    SELECT e.item_id, e.action, e.from_status, e.to_status, e.comment, e.actor_id, a.role AS actor_role,
           r.role AS reviewer_role, e.created_at
      FROM item_event e JOIN app_user a ON a.id = e.actor_id LEFT JOIN app_user r ON r.id = e.reviewer_id
     ORDER BY e.created_at, e.id`);
  eventsOf = new Map(items.map((item) => [item.id, events.filter((event) => event.item_id === item.id)]));
  [{ now }] = await testApp.query<{ now: Date }>('SELECT now()');
  audit = await testApp.query('SELECT action, actor_id, summary, created_at FROM audit_log');
});
afterAll(() => testApp.close());

async function sessionUser(role: DemoRole): Promise<SessionUser> {
  const [row] = await testApp.query<SessionUser>(
    `SELECT id, email, display_name AS "displayName", role, organisation_id AS "organisationId", preferred_language AS "preferredLanguage"
       FROM app_user WHERE email = $1`,
    [DEMO[role]],
  );
  return row;
}

describe('the review history of the sample', () => {
  it('takes every non-draft item from DRAFT to its status along a legal path, each step by whom the workflow allows', () => {
    const nonDrafts = items.filter((item) => item.status !== 'DRAFT');
    expect(nonDrafts.length).toBeGreaterThan(20);
    for (const item of items) {
      const events = eventsOf.get(item.id) ?? [];
      let status = 'DRAFT';
      const problems: string[] = [];
      for (const event of events) {
        const rule = SPEC[event.action];
        if (!rule.from.includes(status) || event.from_status !== status || event.to_status !== rule.to)
          problems.push(`${event.action} ${event.from_status}→${event.to_status} while ${status}`);
        if (rule.by === 'author' ? event.actor_id !== item.author_id : !STAFF.includes(event.actor_role))
          problems.push(`${event.action} by someone who may not take it`);
        if (rule.comment && !event.comment?.trim()) problems.push(`${event.action} without a comment`);
        if (event.action === 'assign' && !STAFF.includes(event.reviewer_role ?? ''))
          problems.push('assign without a reviewer');
        status = rule.to;
      }
      expect({ reference: item.reference, ends: status, problems }).toEqual({
        reference: item.reference,
        ends: item.status,
        problems: [],
      });
    }
    expect(items.filter((item) => item.status === 'DRAFT').every((item) => eventsOf.get(item.id)?.length === 0)).toBe(
      true,
    );
  });

  it('dates every event after the item was written and after the event before it, and none in the future', () => {
    for (const item of items) {
      const times = [item.created_at, ...(eventsOf.get(item.id) ?? []).map((event) => event.created_at)];
      const ordered = times.every((time, index) => index === 0 || time.getTime() > times[index - 1].getTime());
      expect({ reference: item.reference, ordered, future: times.some((time) => time > now) }).toEqual({
        reference: item.reference,
        ordered: true,
        future: false,
      });
    }
  });

  it('leaves submitted, decided, status-since, reviewer and version on each item as its events would', () => {
    for (const item of items) {
      const events = eventsOf.get(item.id) ?? [];
      const last = (actions: string[]) => events.filter((event) => actions.includes(event.action)).pop();
      const decision = last(['accept', 'reject', 'reopen']);
      expect({
        reference: item.reference,
        submittedAt: item.submitted_at,
        decidedAt: item.decided_at,
        statusSince: item.status_changed_at,
        reviewed: item.reviewer_id !== null,
        updatedNotBeforeStatus: item.updated_at >= item.status_changed_at,
      }).toEqual({
        reference: item.reference,
        submittedAt: last(['submit', 'resubmit'])?.created_at ?? null,
        decidedAt: decision && decision.action !== 'reopen' ? decision.created_at : null,
        statusSince: events.at(-1)?.created_at ?? item.created_at,
        reviewed: events.some((event) => event.action === 'assign'),
        updatedNotBeforeStatus: true,
      });
    }
  });

  it('counts each transition and each edit in the version, and dates revision 1 when the author wrote the item', async () => {
    const revisions = await testApp.query<{ item_id: string; number: number; created_at: Date; editor_id: string }>(
      'SELECT item_id, number, created_at, editor_id FROM item_revision ORDER BY item_id, number',
    );
    for (const item of items) {
      const own = revisions.filter((revision) => revision.item_id === item.id);
      const times = own.map((revision) => revision.created_at.getTime());
      expect({
        reference: item.reference,
        first: own[0].created_at,
        by: own[0].editor_id,
        ordered: times.every((time, index) => index === 0 || time > times[index - 1]),
        notAfterUpdate: times.every((time) => time <= item.updated_at.getTime()),
        version: item.version,
      }).toEqual({
        reference: item.reference,
        first: item.created_at,
        by: item.author_id,
        ordered: true,
        notAfterUpdate: true,
        version: 1 + (eventsOf.get(item.id)?.length ?? 0) + own.length - 1,
      });
    }
    // The sample shows edits too: a request for changes answered by a new revision, and later updates.
    expect(
      new Set(revisions.filter((revision) => revision.number > 1).map((revision) => revision.item_id)).size,
    ).toBeGreaterThan(2);
  });

  it('follows the public record: after the meeting an item came from, after the pilot it reports began or ended', () => {
    for (const item of items) {
      const submitted = (eventsOf.get(item.id) ?? []).find((event) => event.action === 'submit')?.created_at;
      const meetingOver = item.meeting_end ?? item.meeting_start;
      if (item.meeting_start)
        expect({ item: item.reference, writtenDuringOrAfter: item.created_at >= item.meeting_start }).toEqual({
          item: item.reference,
          writtenDuringOrAfter: true,
        });
      if (submitted && meetingOver)
        expect({ item: item.reference, submittedAfter: submitted.getTime() >= meetingOver.getTime() + DAY }).toEqual({
          item: item.reference,
          submittedAfter: true,
        });
      if (submitted && item.start_date)
        expect({ item: item.reference, afterStart: submitted >= item.start_date }).toEqual({
          item: item.reference,
          afterStart: true,
        });
      if (item.end_date && (item.stage === 'COMPLETED' || item.stage === 'DISCONTINUED'))
        expect({ item: item.reference, outcomesAfterEnd: item.content_at >= item.end_date }).toEqual({
          item: item.reference,
          outcomesAfterEnd: true,
        });
    }
  });

  it('dates comments after the commenter could see the item, and numbers references in the order items were written', async () => {
    const comments = await testApp.query<{ item_id: string; author_id: string; created_at: Date }>(
      'SELECT item_id, author_id, created_at FROM comment',
    );
    expect(comments.length).toBeGreaterThan(0);
    for (const comment of comments) {
      const item = items.find((each) => each.id === comment.item_id) as ItemRow;
      const submitted = eventsOf.get(item.id)?.find((event) => event.action === 'submit')?.created_at;
      const seenFrom = comment.author_id === item.author_id ? item.created_at : submitted;
      expect({
        item: item.reference,
        seen: Boolean(seenFrom && comment.created_at > seenFrom),
        future: comment.created_at > now,
      }).toEqual({
        item: item.reference,
        seen: true,
        future: false,
      });
    }
    for (const kind of ['RECOMMENDATION', 'LESSON', 'PILOT']) {
      const written = items.filter((item) => item.kind === kind).map((item) => item.created_at.getTime());
      expect(written).toEqual([...written].sort((a, b) => a - b));
    }
  });
});

describe('what the pages show from it', () => {
  it('gives an accepted item a timeline that ends in its acceptance by the Secretariat', async () => {
    const accepted = items.filter((item) => item.status === 'ACCEPTED');
    const delegate = await testApp.signIn('delegate');
    for (const item of accepted) {
      const timeline = (await delegate.get(`/api/v1/items/${item.reference}/events`).expect(200)).body as {
        action: string;
        actor: { displayName: string };
      }[];
      expect({ item: item.reference, first: timeline[0]?.action, last: timeline.at(-1) }).toEqual({
        item: item.reference,
        first: 'submit',
        last: expect.objectContaining({
          action: 'accept',
          actor: expect.objectContaining({ displayName: 'Sam Secretariat' }),
        }),
      });
    }
  });

  it('shows the Secretariat a queue whose ages in status all differ, from days to weeks', async () => {
    const secretariat = await testApp.signIn('secretariat');
    const queue = (await secretariat.get('/api/v1/triage?limit=100').expect(200)).body.items as {
      reference: string;
      status: string;
      ageInStatusDays: number;
      reviewer: { displayName: string } | null;
    }[];
    expect(queue.length).toBeGreaterThan(5);
    const ages = queue.map((entry) => entry.ageInStatusDays);
    expect(new Set(ages).size).toBe(ages.length);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...ages)).toBeLessThan(90);
    // Everything under review has the reviewer it was assigned to.
    expect(queue.filter((entry) => entry.status === 'IN_REVIEW').every((entry) => entry.reviewer !== null)).toBe(true);
  });

  it("lists in each member's tasks the items the Secretariat sent back to them, with what to change", async () => {
    for (const role of ['member', 'member2'] as const) {
      const agent = await testApp.signIn(role);
      const page = (await agent.get('/api/v1/items?mine=true&status=CHANGES_REQUESTED').expect(200)).body.items as {
        reference: string;
      }[];
      expect(page.length).toBeGreaterThan(0);
      for (const { reference } of page) {
        const timeline = (await agent.get(`/api/v1/items/${reference}/events`).expect(200)).body;
        expect(timeline.at(-1)).toMatchObject({ action: 'request_changes', comment: expect.stringMatching(/\w/) });
      }
    }
  });

  it('draws the monthly trend from the submission and acceptance dates, from the tallies, equal to counting', async () => {
    for (const role of ['delegate', 'secretariat'] as const) {
      const agent = await testApp.signIn(role);
      const stats = (await agent.get('/api/v1/stats').expect(200)).body;
      const counted = await testApp.app.get(StatsRepository).counted(await sessionUser(role), {});
      expect(stats).toEqual(counted);
      const years = new Set(stats.submittedPerMonth.map((row: { month: string }) => row.month.slice(0, 4)));
      expect(years.size).toBeGreaterThan(6);
    }
    const [{ months }] = await testApp.query<{ months: number }>(
      `SELECT count(DISTINCT date_trunc('month', decided_at AT TIME ZONE 'UTC'))::int AS months FROM item WHERE status = 'ACCEPTED'`,
    );
    const delegate = await testApp.signIn('delegate');
    expect((await delegate.get('/api/v1/stats').expect(200)).body.acceptedPerMonth).toHaveLength(months);
  });

  it('traces into the edition published in April 2018 only what was accepted by then, and into the next one the rest', async () => {
    const traces = await testApp.query<{
      published_at: Date | null;
      edition_created: Date;
      created_at: Date;
      decided_at: Date;
      status: string;
    }>(`
      SELECT e.published_at, e.created_at AS edition_created, t.created_at, i.decided_at, i.status
        FROM trace_link t JOIN item i ON i.id = t.item_id JOIN report_section s ON s.id = t.section_id
        JOIN report_chapter c ON c.id = s.chapter_id JOIN report_edition e ON e.id = c.edition_id`);
    expect(traces.length).toBeGreaterThan(10);
    for (const trace of traces) {
      expect({
        accepted: trace.status,
        afterDecision: trace.created_at > trace.decided_at,
        afterEditionBegan: trace.created_at >= trace.edition_created,
        beforePublication: trace.published_at === null || trace.created_at < trace.published_at,
      }).toEqual({ accepted: 'ACCEPTED', afterDecision: true, afterEditionBegan: true, beforePublication: true });
    }
  });
});

describe('the audit log', () => {
  it('records the seeding once, by the system at the time it ran, and none of the sample history as user actions', async () => {
    const entries = audit;
    const [{ events }] = await testApp.query<{ events: number }>('SELECT count(*)::int AS events FROM item_event');
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'system.seeded',
        actor_id: null,
        summary: expect.stringContaining(`${events} events`),
      }),
    ]);
    const newestEvent = Math.max(...[...eventsOf.values()].flat().map((event) => event.created_at.getTime()));
    expect(entries[0].created_at.getTime()).toBeGreaterThan(newestEvent);
  });
});
