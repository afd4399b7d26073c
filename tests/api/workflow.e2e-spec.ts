import type { TItemStatus } from '@srt/contracts';
import TestAgent from 'supertest/lib/agent';
import { recommendationContent } from '../support/item-contents';
import { createItemIn, setStatus } from '../support/items';
import { DEMO, startTestApp, type DemoRole, type TestApp } from '../support/test-app';

// The review workflow of SPEC §3, written out here independently of the code.
const SPEC: Record<string, { by: 'author' | 'secretariat'; from: string[]; to: string }> = {
  submit: { by: 'author', from: ['DRAFT'], to: 'SUBMITTED' },
  assign: { by: 'secretariat', from: ['SUBMITTED'], to: 'IN_REVIEW' },
  request_changes: { by: 'secretariat', from: ['SUBMITTED', 'IN_REVIEW'], to: 'CHANGES_REQUESTED' },
  resubmit: { by: 'author', from: ['CHANGES_REQUESTED'], to: 'SUBMITTED' },
  accept: { by: 'secretariat', from: ['SUBMITTED', 'IN_REVIEW'], to: 'ACCEPTED' },
  reject: { by: 'secretariat', from: ['SUBMITTED', 'IN_REVIEW'], to: 'REJECTED' },
  withdraw: { by: 'author', from: ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED'], to: 'WITHDRAWN' },
  reopen: { by: 'secretariat', from: ['ACCEPTED', 'REJECTED'], to: 'IN_REVIEW' },
};
const STATUSES: TItemStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'ACCEPTED',
  'REJECTED',
  'WITHDRAWN',
];
type Actor = 'author' | 'other member' | 'delegate' | 'secretariat' | 'admin';
const ACCOUNT: Record<Actor, DemoRole> = {
  author: 'member',
  'other member': 'member2',
  delegate: 'delegate',
  secretariat: 'secretariat',
  admin: 'admin',
};

function visible(actor: Actor, status: string): boolean {
  if (status === 'DRAFT') return actor === 'author';
  if (status === 'REJECTED' || status === 'WITHDRAWN') return ['author', 'secretariat', 'admin'].includes(actor);
  return true;
}

function expectedOutcome(action: string, status: string, actor: Actor): number {
  if (!visible(actor, status)) return 404;
  const rule = SPEC[action];
  const entitled = rule.by === 'author' ? actor === 'author' : actor === 'secretariat' || actor === 'admin';
  if (!entitled) return 403;
  return rule.from.includes(status) ? 200 : 409;
}

let testApp: TestApp;
const agents = {} as Record<Actor, TestAgent>;

const content = (title: string) => recommendationContent({ title, source: 'vwg-fc', addressees: ['SECRETARIAT'] });

/** An item of the author's, put in `status` directly: the matrix needs every status, not the path to it. */
const itemIn = (status: TItemStatus, title = `Workflow item in ${status}`) =>
  createItemIn(testApp, agents.author, status, content(title));

beforeAll(async () => {
  testApp = await startTestApp();
  for (const [actor, account] of Object.entries(ACCOUNT) as [Actor, DemoRole][])
    agents[actor] = await testApp.signIn(account);
});
afterAll(() => testApp.close());

describe('every action × status × role follows SPEC §3', () => {
  const cases = Object.keys(SPEC).flatMap((action) =>
    STATUSES.flatMap((status) => (Object.keys(ACCOUNT) as Actor[]).map((actor) => [action, status, actor] as const)),
  );

  it.each(cases)('%s from %s by %s', async (action, status, actor) => {
    const reference = await itemIn(status);
    const response = await agents[actor]
      .post(`/api/v1/items/${reference}/transitions`)
      .send({ action, comment: 'Reason given in the test.' });
    const expected = expectedOutcome(action, status, actor);
    expect(response.status).toBe(expected);
    const [row] = await testApp.query<{ status: string; events: string }>(
      'SELECT status, (SELECT count(*) FROM item_event e WHERE e.item_id = i.id) AS events FROM item i WHERE reference = $1',
      [reference],
    );
    if (expected === 200) {
      expect(response.body).toMatchObject({
        reference,
        status: SPEC[action].to,
        event: { action, from: status, to: SPEC[action].to },
      });
      expect(row).toEqual({ status: SPEC[action].to, events: '1' });
    } else {
      expect(row).toEqual({ status, events: '0' });
      if (expected === 409) {
        expect(response.body.status).toBe(409);
        expect(response.body.detail).toContain(status);
      }
    }
  });
});

describe("the item's allowedActions", () => {
  const cases = STATUSES.flatMap((status) =>
    (Object.keys(ACCOUNT) as Actor[])
      .filter((actor) => visible(actor, status))
      .map((actor) => [status, actor] as const),
  );

  it.each(cases)('in %s for %s are the actions SPEC §3 lets them take', async (status, actor) => {
    const reference = await itemIn(status);
    const item = await agents[actor].get(`/api/v1/items/${reference}`).expect(200);
    const allowed = Object.keys(SPEC).filter((action) => expectedOutcome(action, status, actor) === 200);
    expect(item.body.allowedActions).toEqual(allowed);
  });
});

describe('transition details', () => {
  it('names the status found and the actions allowed from it on an illegal transition', async () => {
    const reference = await itemIn('ACCEPTED');
    const response = await agents.secretariat
      .post(`/api/v1/items/${reference}/transitions`)
      .send({ action: 'accept' })
      .expect(409);
    expect(response.body).toMatchObject({ status: 409, currentStatus: 'ACCEPTED', allowedActions: ['reopen'] });
  });

  it('requires a comment for request_changes, reject and reopen, naming the field', async () => {
    const reference = await itemIn('SUBMITTED');
    for (const action of ['request_changes', 'reject']) {
      const response = await agents.secretariat
        .post(`/api/v1/items/${reference}/transitions`)
        .send({ action, comment: '   ' })
        .expect(400);
      expect(response.body.errors).toEqual([
        {
          path: 'comment',
          code: action === 'reject' ? 'GIVE_REASON' : 'SAY_WHAT_SHOULD_CHANGE',
          message: expect.any(String),
        },
      ]);
    }
    await agents.secretariat.post(`/api/v1/items/${reference}/transitions`).send({ action: 'dance' }).expect(400);
    const [{ status }] = await testApp.query<{ status: string }>('SELECT status FROM item WHERE reference = $1', [
      reference,
    ]);
    expect(status).toBe('SUBMITTED');
  });

  it('assigns to the caller by default, or to another member of the Secretariat — never to anyone else', async () => {
    const reference = await itemIn('SUBMITTED');
    const [member] = await testApp.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [DEMO.member2]);
    const refused = await agents.secretariat
      .post(`/api/v1/items/${reference}/transitions`)
      .send({ action: 'assign', reviewerId: member.id })
      .expect(400);
    expect(refused.body.errors[0].path).toBe('reviewerId');
    const assigned = await agents.secretariat
      .post(`/api/v1/items/${reference}/transitions`)
      .send({ action: 'assign' })
      .expect(200);
    expect(assigned.body.event.reviewer.displayName).toBe('Sam Secretariat');
  });

  it('lists whom an item can be assigned to: active Secretariat members and administrators, by name', async () => {
    await testApp.query(
      `INSERT INTO app_user (email, display_name, organisation_id, role, active, updated_at)
       SELECT $1, 'Former Secretariat colleague', organisation_id, 'SECRETARIAT', false, now() FROM app_user WHERE email = $2`,
      ['former-secretariat@example.org', DEMO.secretariat],
    );
    const listed = await agents.secretariat.get('/api/v1/reviewers').expect(200);
    const expected = await testApp.query<{ id: string; displayName: string }>(
      `SELECT id, display_name AS "displayName" FROM app_user WHERE active AND role IN ('SECRETARIAT', 'ADMIN') ORDER BY display_name, id`,
    );
    expect(listed.body).toEqual(expected);
    const names = listed.body.map((reviewer: { displayName: string }) => reviewer.displayName);
    expect(names).toEqual(expect.arrayContaining(['Sam Secretariat']));
    expect(names).not.toContain('Former Secretariat colleague');

    // Whoever the list offers, the assign action accepts.
    const colleague = listed.body.find(
      (reviewer: { displayName: string }) => reviewer.displayName !== 'Sam Secretariat',
    );
    const reference = await itemIn('SUBMITTED', 'Assigned to a colleague');
    const assigned = await agents.secretariat
      .post(`/api/v1/items/${reference}/transitions`)
      .send({ action: 'assign', reviewerId: colleague.id })
      .expect(200);
    expect(assigned.body.event.reviewer).toEqual(colleague);
  });

  it('keeps a timeline of events with actor, statuses and comments', async () => {
    const reference = await itemIn('DRAFT', 'Timeline recommendation');
    await agents.author.post(`/api/v1/items/${reference}/transitions`).send({ action: 'submit' }).expect(200);
    await agents.secretariat
      .post(`/api/v1/items/${reference}/transitions`)
      .send({ action: 'request_changes', comment: 'Please cite the PTC document.' })
      .expect(200);
    const events = await agents.author.get(`/api/v1/items/${reference}/events`).expect(200);
    expect(
      events.body.map(
        (event: {
          action: string;
          from: string;
          to: string;
          comment: string | null;
          actor: { displayName: string };
        }) => [event.action, event.from, event.to, event.comment, event.actor.displayName],
      ),
    ).toEqual([
      ['submit', 'DRAFT', 'SUBMITTED', null, 'Maarten Member'],
      ['request_changes', 'SUBMITTED', 'CHANGES_REQUESTED', 'Please cite the PTC document.', 'Sam Secretariat'],
    ]);
    await agents['other member'].get(`/api/v1/items/${reference}/events`).expect(200);
  });

  it('lets exactly one of two concurrent decisions win, with one event', async () => {
    for (const [first, second] of [
      ['accept', 'accept'],
      ['accept', 'reject'],
    ]) {
      const reference = await itemIn('IN_REVIEW');
      const responses = await Promise.all([
        agents.secretariat.post(`/api/v1/items/${reference}/transitions`).send({ action: first, comment: 'Decided.' }),
        agents.admin.post(`/api/v1/items/${reference}/transitions`).send({ action: second, comment: 'Decided.' }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      const [{ count }] = await testApp.query<{ count: string }>(
        'SELECT count(*) FROM item_event e JOIN item i ON i.id = e.item_id WHERE i.reference = $1',
        [reference],
      );
      expect(count).toBe('1');
    }
  });

  it('resolves a duplicate by rejecting it with a DUPLICATES link to the survivor; nothing is deleted', async () => {
    const survivor = await itemIn('ACCEPTED', 'Use drones to watch port perimeters');
    const duplicate = await itemIn('SUBMITTED', 'Use drones to watch the port perimeter');
    const bad = await agents.secretariat
      .post(`/api/v1/items/${duplicate}/transitions`)
      .send({ action: 'accept', duplicateOf: survivor })
      .expect(400);
    expect(bad.body.errors[0].path).toBe('duplicateOf');
    await agents.secretariat
      .post(`/api/v1/items/${duplicate}/transitions`)
      .send({ action: 'reject', comment: 'Duplicate.', duplicateOf: survivor })
      .expect(200);
    const rejected = await agents.author.get(`/api/v1/items/${duplicate}`).expect(200);
    expect(rejected.body.links).toEqual([
      expect.objectContaining({ type: 'DUPLICATES', direction: 'outgoing', reference: survivor }),
    ]);
    const kept = await agents.secretariat.get(`/api/v1/items/${survivor}`).expect(200);
    expect(kept.body.links).toEqual([
      expect.objectContaining({ type: 'DUPLICATES', direction: 'incoming', reference: duplicate }),
    ]);
  });
});

describe('triage queue', () => {
  it('lists the queue oldest in status first, with reviewer, age and likely duplicates', async () => {
    const old = await itemIn('SUBMITTED', 'Biometric corridors at airports');
    const twin = await itemIn('IN_REVIEW', 'Biometric corridors at the airports');
    await testApp.query("UPDATE item SET status_changed_at = now() - interval '10 days' WHERE reference = $1", [old]);
    const queue = await agents.secretariat.get('/api/v1/triage?limit=100').expect(200);
    // Sample items wait in the queue too: only those that have waited longer come before this one.
    const position = queue.body.items.findIndex((entry: { reference: string }) => entry.reference === old);
    const before = queue.body.items.slice(0, position) as { ageInStatusDays: number }[];
    expect(before.every((entry) => entry.ageInStatusDays >= 10)).toBe(true);
    expect(queue.body.items[position]).toMatchObject({
      ageInStatusDays: 10,
      likelyDuplicates: 1,
      reviewer: null,
      author: { organisation: 'Netherlands Customs' },
    });
    const ages = queue.body.items.map((entry: { statusSince: string }) => entry.statusSince);
    expect(ages).toEqual([...ages].sort());
    expect(queue.body.counts.SUBMITTED).toBeGreaterThan(0);
    await agents.secretariat
      .post(`/api/v1/items/${twin}/transitions`)
      .send({ action: 'request_changes', comment: 'Merge with the other.' })
      .expect(200);
    const onlyChanges = await agents.secretariat.get('/api/v1/triage?status=CHANGES_REQUESTED&limit=100').expect(200);
    expect(onlyChanges.body.items.every((entry: { status: string }) => entry.status === 'CHANGES_REQUESTED')).toBe(
      true,
    );
    await agents['other member'].get('/api/v1/triage').expect(403);
  });

  it('filters by technology and by "assigned to me"', async () => {
    const reference = await itemIn('SUBMITTED', 'Assigned to the Secretariat reviewer');
    await agents.secretariat.post(`/api/v1/items/${reference}/transitions`).send({ action: 'assign' }).expect(200);
    const mine = await agents.secretariat.get('/api/v1/triage?mine=true&limit=100').expect(200);
    expect(mine.body.items.map((entry: { reference: string }) => entry.reference)).toContain(reference);
    expect(
      mine.body.items.every(
        (entry: { reviewer: { displayName: string } }) => entry.reviewer.displayName === 'Sam Secretariat',
      ),
    ).toBe(true);
    const drones = await agents.secretariat.get('/api/v1/triage?technology=drones&limit=100').expect(200);
    expect(
      drones.body.items.every((entry: { technologies: { slug: string }[] }) =>
        entry.technologies.some((tag) => tag.slug === 'drones'),
      ),
    ).toBe(true);
    await agents.secretariat.get('/api/v1/triage?status=ACCEPTED').expect(400);
  });
});

describe('notifications', () => {
  async function notificationsOf(email: string, reference: string) {
    return testApp.query<{ kind: string }>(
      'SELECT n.kind FROM notification n JOIN app_user u ON u.id = n.user_id JOIN item i ON i.id = n.item_id WHERE ' +
        'u.email = $1 AND i.reference = $2 ORDER BY n.created_at',
      [email, reference],
    );
  }
  const emailsTo = (email: string, reference: string) =>
    testApp.query('SELECT subject FROM outbox_email WHERE to_address = $1 AND subject LIKE $2', [
      email,
      `${reference}%`,
    ]);

  it('tells the Secretariat of submissions and the author of decisions and comments, never the actor', async () => {
    const reference = await itemIn('DRAFT', 'Notification journey recommendation');
    await agents.author.post(`/api/v1/items/${reference}/transitions`).send({ action: 'submit' }).expect(200);
    expect(await notificationsOf(DEMO.secretariat, reference)).toEqual([{ kind: 'SUBMITTED' }]);
    expect(await notificationsOf(DEMO.member, reference)).toEqual([]);
    expect(await notificationsOf(DEMO.admin, reference)).toEqual([]);
    await agents.secretariat.post(`/api/v1/items/${reference}/transitions`).send({ action: 'assign' }).expect(200);
    await agents.secretariat
      .post(`/api/v1/items/${reference}/comments`)
      .send({ body: 'Looking at it now.' })
      .expect(201);
    await agents.secretariat
      .post(`/api/v1/items/${reference}/comments`)
      .send({ body: 'Internal: check with legal.', internal: true })
      .expect(201);
    await agents.secretariat.post(`/api/v1/items/${reference}/transitions`).send({ action: 'accept' }).expect(200);
    expect(await notificationsOf(DEMO.member, reference)).toEqual([
      { kind: 'ASSIGNED' },
      { kind: 'COMMENTED' },
      { kind: 'ACCEPTED' },
    ]);
    expect(await notificationsOf(DEMO.secretariat, reference)).toEqual([{ kind: 'SUBMITTED' }]);
    expect((await emailsTo(DEMO.member, reference)).length).toBe(3);

    const inbox = await agents.author.get('/api/v1/notifications?unread=true').expect(200);
    expect(inbox.body.unread).toBeGreaterThanOrEqual(3);
    const read = await agents.author
      .post('/api/v1/notifications/read')
      .send({ ids: [inbox.body.items[0].id] })
      .expect(200);
    expect(read.body.unread).toBe(inbox.body.unread - 1);
    await agents.author.post('/api/v1/notifications/read').send({ all: true }).expect(200);
    expect((await agents.author.get('/api/v1/notifications').expect(200)).body.unread).toBe(0);
  });

  it('leaves out of the list and the count a notification whose item the reader can no longer see', async () => {
    const reference = await itemIn('SUBMITTED', 'Submitted, noticed, then rejected');
    const [reader] = await testApp.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [DEMO.member2]);
    // A notice the other member got while the item was open to every member (as following will send).
    await testApp.query(
      `INSERT INTO notification (user_id, kind, item_id, actor_id, summary, in_digest)
       SELECT $1::uuid, 'COMMENTED', i.id, i.author_id, 'A comment', false FROM item i WHERE i.reference = $2`,
      [reader.id, reference],
    );
    const names = async () => {
      const inbox = (await agents['other member'].get('/api/v1/notifications').expect(200)).body;
      return {
        listed: inbox.items.some((entry: { item: { reference: string } }) => entry.item.reference === reference),
        unread: inbox.unread as number,
      };
    };
    const before = await names();
    expect(before.listed).toBe(true);
    await setStatus(testApp, reference, 'REJECTED');
    expect(await names()).toEqual({ listed: false, unread: before.unread - 1 });
  });

  it('respects the opt-out and groups digest entries into one email', async () => {
    await agents['other member']
      .patch('/api/v1/notifications/preferences')
      .send({ ACCEPTED: 'NONE', COMMENTED: 'DIGEST', CHANGES_REQUESTED: 'DIGEST' })
      .expect(200);
    const created = await agents['other member']
      .post('/api/v1/items')
      .send(content('Opted-out author recommendation'))
      .expect(201);
    const reference = created.body.reference;
    await agents['other member'].post(`/api/v1/items/${reference}/transitions`).send({ action: 'submit' }).expect(200);
    await agents.delegate
      .post(`/api/v1/items/${reference}/comments`)
      .send({ body: 'A delegate’s question.' })
      .expect(201);
    await agents.secretariat
      .post(`/api/v1/items/${reference}/transitions`)
      .send({ action: 'request_changes', comment: 'Shorten it.' })
      .expect(200);
    await agents['other member']
      .post(`/api/v1/items/${reference}/transitions`)
      .send({ action: 'resubmit' })
      .expect(200);
    await agents.secretariat.post(`/api/v1/items/${reference}/transitions`).send({ action: 'accept' }).expect(200);
    expect(await emailsTo(DEMO.member2, reference)).toEqual([]);
    const sent = await testApp.app
      .get((await import('../../apps/api/src/notifications/notifications.service')).NotificationsService)
      .sendDigests(new Date(Date.now() + 1000));
    expect(sent).toBeGreaterThanOrEqual(1);
    const [digest] = await testApp.query<{ text: string }>(
      "SELECT text FROM outbox_email WHERE to_address = $1 AND subject LIKE 'Your daily digest%' ORDER BY created_at DESC LIMIT 1",
      [DEMO.member2],
    );
    expect(digest.text).toContain(reference);
    expect(digest.text).toContain('has a new comment');
    expect(digest.text).toContain('needs changes');
    expect(digest.text).not.toContain('was accepted');
    expect(
      await testApp.app
        .get((await import('../../apps/api/src/notifications/notifications.service')).NotificationsService)
        .sendDigests(new Date(Date.now() + 1000)),
    ).toBe(0);
    const preferences = await agents['other member'].get('/api/v1/notifications/preferences').expect(200);
    expect(preferences.body).toMatchObject({ ACCEPTED: 'NONE', COMMENTED: 'DIGEST', SUBMITTED: 'IMMEDIATE' });
    await agents['other member'].patch('/api/v1/notifications/preferences').send({ ACCEPTED: 'SOMETIMES' }).expect(400);
  });
});

describe('comments and endorsements', () => {
  it('lets anyone who sees the item comment, the author edit for 15 minutes, and deletion leave a placeholder', async () => {
    const reference = await itemIn('ACCEPTED', 'Commented recommendation');
    const comment = await agents.delegate
      .post(`/api/v1/items/${reference}/comments`)
      .send({ body: 'Does this cover **express** consignments?' })
      .expect(201);
    expect(comment.body).toMatchObject({
      editable: true,
      internal: false,
      author: { displayName: 'Delphine Délégué' },
    });
    await agents.author
      .patch(`/api/v1/items/${reference}/comments/${comment.body.id}`)
      .send({ body: 'Not mine' })
      .expect(403);
    const edited = await agents.delegate
      .patch(`/api/v1/items/${reference}/comments/${comment.body.id}`)
      .send({ body: 'Does it cover express consignments and postal items?' })
      .expect(200);
    expect(edited.body.editedAt).not.toBeNull();
    await testApp.query("UPDATE comment SET created_at = now() - interval '16 minutes' WHERE id = $1", [
      comment.body.id,
    ]);
    await agents.delegate.delete(`/api/v1/items/${reference}/comments/${comment.body.id}`).expect(403);
    const second = await agents.delegate
      .post(`/api/v1/items/${reference}/comments`)
      .send({ body: 'Withdrawn thought.' })
      .expect(201);
    await agents.delegate.delete(`/api/v1/items/${reference}/comments/${second.body.id}`).expect(200);
    const thread = await agents.author.get(`/api/v1/items/${reference}/comments`).expect(200);
    expect(thread.body.map((entry: { deleted: boolean; body: string }) => [entry.deleted, entry.body])).toEqual([
      [false, 'Does it cover express consignments and postal items?'],
      [true, ''],
    ]);
  });

  it('keeps internal notes to the Secretariat', async () => {
    const reference = await itemIn('SUBMITTED', 'Item with internal notes');
    await agents.secretariat
      .post(`/api/v1/items/${reference}/comments`)
      .send({ body: 'Ask the legal team.', internal: true })
      .expect(201);
    await agents.author
      .post(`/api/v1/items/${reference}/comments`)
      .send({ body: 'Sneaky note', internal: true })
      .expect(403);
    await agents.author.get(`/api/v1/items/${reference}/comments?internal=true`).expect(403);
    expect((await agents.author.get(`/api/v1/items/${reference}/comments`).expect(200)).body).toEqual([]);
    const notes = await agents.admin.get(`/api/v1/items/${reference}/comments?internal=true`).expect(200);
    expect(notes.body.map((note: { body: string }) => note.body)).toEqual(['Ask the legal team.']);
  });

  it('counts one endorsement per organisation and refuses delegates', async () => {
    const reference = await itemIn('ACCEPTED', 'Endorsed recommendation');
    const first = await agents.author.post(`/api/v1/items/${reference}/endorsement`).expect(201);
    expect(first.body).toMatchObject({
      count: 1,
      endorsedByMine: true,
      organisations: [{ name: 'Netherlands Customs' }],
    });
    await agents.author.post(`/api/v1/items/${reference}/endorsement`).expect(409);
    const other = await agents['other member'].post(`/api/v1/items/${reference}/endorsement`).expect(201);
    expect(other.body.count).toBe(2);
    await agents.delegate.post(`/api/v1/items/${reference}/endorsement`).expect(403);
    await agents['other member'].delete(`/api/v1/items/${reference}/endorsement`).expect(204);
    await agents['other member'].delete(`/api/v1/items/${reference}/endorsement`).expect(404);
    expect((await agents.delegate.get(`/api/v1/items/${reference}/endorsement`).expect(200)).body).toMatchObject({
      count: 1,
      endorsedByMine: false,
    });
    const draft = await itemIn('DRAFT', 'Draft cannot be endorsed');
    await agents.author.post(`/api/v1/items/${draft}/endorsement`).expect(409);
  });
});
