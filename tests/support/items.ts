import type { TItemContentInput, TItemStatus } from '@srt/contracts';
import type TestAgent from 'supertest/lib/agent';
import type { TestApp } from './test-app';

/** Creates an item through the API as `agent`; a refusal fails the test with the API's answer. */
export async function createItem(
  agent: TestAgent,
  content: TItemContentInput,
): Promise<{ reference: string; version: number }> {
  const response = await agent.post('/api/v1/items').send(content);
  if (response.status !== 201) throw new Error(`Creating an item failed with ${response.status}: ${response.text}`);
  return response.body as { reference: string; version: number };
}

/**
 * Puts an item straight into a status, with none of the workflow's checks, events or notices:
 * for suites about what an item in that status shows or allows, not about how it got there
 * (the workflow suites take the real path). `dates` sets the submission and decision times too.
 */
export async function setStatus(
  app: TestApp,
  reference: string,
  status: TItemStatus,
  dates: { submittedAt?: string; decidedAt?: string } = {},
): Promise<void> {
  await app.query(
    `UPDATE item SET status = $2::"ItemStatus", submitted_at = coalesce($3::timestamptz, submitted_at),
                     decided_at = coalesce($4::timestamptz, decided_at)
      WHERE reference = $1`,
    [reference, status, dates.submittedAt ?? null, dates.decidedAt ?? null],
  );
}

/** A new item of `agent`'s, put in `status` directly (see setStatus); its reference. */
export async function createItemIn(
  app: TestApp,
  agent: TestAgent,
  status: TItemStatus,
  content: TItemContentInput,
): Promise<string> {
  const { reference } = await createItem(agent, content);
  if (status !== 'DRAFT') await setStatus(app, reference, status);
  return reference;
}

/** The id of a seeded organisation, by name (a pilot names its administration by id). */
export async function organisationId(app: TestApp, name: string): Promise<string> {
  const [row] = await app.query<{ id: string }>('SELECT id FROM organisation WHERE name = $1', [name]);
  if (!row) throw new Error(`No organisation named ${name}`);
  return row.id;
}
