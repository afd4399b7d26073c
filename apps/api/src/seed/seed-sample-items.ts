import type { TItemContent } from '@srt/contracts';
import type { TransactionClient } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { contentColumns, nextItemReference } from '../items/items.repository';
import { resolveTimeline, type SampleActor, type SampleMeeting, type SampleTimeline } from './sample-history';
import { SAMPLE_ITEMS, type SampleItem } from './sample-items';

/** Every sample item says what it is, on its own page. */
export const SAMPLE_NOTE = '_Sample data: written for this demonstration from public WCO sources._';

const SECRETARIAT = 'secretariat@example.org';

export interface SampleContext {
  userIds: Map<string, { id: string; organisationId: string; country: string | null }>;
  organisationIds: Map<string, string>;
  technologyIds: Map<string, string>;
  sourceIds: Map<string, string>;
  meetings: Map<string, SampleMeeting & { id: string }>;
}

/** What the sample's history amounts to, for the one audit entry that records the seeding. */
export interface SampleHistorySummary {
  events: number;
  first: Date;
  last: Date;
}

const withNote = (body: string) => `${body}\n\n${SAMPLE_NOTE}`;

function toContent(sample: SampleItem, context: SampleContext): TItemContent {
  const {
    author: _author,
    status: _status,
    meeting,
    links: _links,
    created: _created,
    history: _history,
    firstDraft: _firstDraft,
    comments: _comments,
    ...rest
  } = sample;
  const meetingId = meeting ? (context.meetings.get(meeting)?.id ?? null) : null;
  const body = withNote(rest.body);
  if ('administration' in rest) {
    const { administration, ...pilot } = rest;
    return {
      ...pilot,
      body,
      meetingId,
      administrationId: context.organisationIds.get(administration) as string,
    } as TItemContent;
  }
  return { ...rest, body, meetingId } as TItemContent;
}

/** Revision 1: the content as first written, where a later edit changed it. */
function firstRevision(sample: SampleItem, content: TItemContent): TItemContent {
  if (!sample.firstDraft) return content;
  for (const field of Object.keys(sample.firstDraft)) {
    if (!(field in content)) throw new Error(`Sample item "${sample.title}": a ${content.kind} has no ${field}`);
  }
  const { body, ...fields } = sample.firstDraft;
  return { ...content, ...fields, ...(body === undefined ? {} : { body: withNote(body) }) } as TItemContent;
}

/**
 * The sample set of SAMPLE-FACTS with what happened to each item: revisions, review events,
 * links and comments, dated as the item's story tells (see sample-items.ts), and the row left
 * as those transitions would have left it (status since, submitted, decided, reviewer, version).
 * Items are written in the order they were created, so that references follow time.
 */
export async function seedSampleItems(
  tx: TransactionClient,
  context: SampleContext,
  now: Date,
): Promise<SampleHistorySummary> {
  const user = (email: string) => {
    const found = context.userIds.get(email);
    if (!found) throw new Error(`The sample names an unknown account ${email}`);
    return found;
  };
  const reviewer = user(SECRETARIAT);
  const timelines: SampleTimeline[] = SAMPLE_ITEMS.map((sample) =>
    resolveTimeline(sample, {
      now,
      meeting: sample.meeting ? context.meetings.get(sample.meeting) : undefined,
      authorIsSecretariat: sample.author === SECRETARIAT,
    }),
  );
  const actorId = (index: number, by: SampleActor) =>
    by === 'author' ? user(SAMPLE_ITEMS[index].author).id : reviewer.id;

  const ids = new Map<number, string>();
  const order = SAMPLE_ITEMS.map((_, index) => index).sort(
    (a, b) => timelines[a].createdAt.getTime() - timelines[b].createdAt.getTime() || a - b,
  );
  for (const index of order) {
    const sample = SAMPLE_ITEMS[index];
    const { createdAt, edit, row } = timelines[index];
    const author = user(sample.author);
    const content = toContent(sample, context);
    const technologyIds = content.technologies.map((slug) => {
      const id = context.technologyIds.get(slug);
      if (!id) throw new Error(`Sample item "${sample.title}": unknown technology ${slug}`);
      return id;
    });
    const revisions = [
      { number: 1, content: firstRevision(sample, content), editorId: author.id, createdAt },
      ...(edit ? [{ number: 2, content, editorId: actorId(index, edit.by), createdAt: edit.at }] : []),
    ];
    const item = await tx.item.create({
      data: {
        kind: content.kind,
        reference: await nextItemReference(content.kind, tx),
        status: row.status,
        authorId: author.id,
        organisationId: author.organisationId,
        country: content.kind === 'PILOT' ? content.country : author.country,
        ...contentColumns(content, context.sourceIds.get(content.source) as string),
        reviewerId: row.reviewed ? reviewer.id : null,
        version: row.version,
        statusChangedAt: row.statusChangedAt,
        createdAt,
        updatedAt: row.updatedAt,
        submittedAt: row.submittedAt,
        decidedAt: row.decidedAt,
        technologies: { create: technologyIds.map((technologyId) => ({ technologyId })) },
        revisions: {
          create: revisions.map((revision) => ({
            ...revision,
            content: revision.content as unknown as Prisma.InputJsonValue,
          })),
        },
      },
      select: { id: true },
    });
    ids.set(index, item.id);
    for (const link of sample.links ?? []) {
      const target = ids.get(link.to);
      if (!target) throw new Error(`Sample item "${sample.title}" links to an item written after it`);
      await tx.itemLink.create({
        data: { fromItemId: item.id, toItemId: target, type: link.type, createdById: author.id, createdAt },
      });
    }
  }

  // All events in time order, so that their ids follow time as the application's would.
  const events = timelines
    .flatMap((timeline, index) => timeline.events.map((event) => ({ index, event })))
    .sort((a, b) => a.event.at.getTime() - b.event.at.getTime());
  await tx.itemEvent.createMany({
    data: events.map(({ index, event }) => ({
      itemId: ids.get(index) as string,
      action: event.action,
      fromStatus: event.from,
      toStatus: event.to,
      comment: event.comment,
      actorId: actorId(index, event.by),
      reviewerId: event.assignsReviewer ? reviewer.id : null,
      createdAt: event.at,
    })),
  });
  // A rejection as a duplicate links the item to the one it duplicates, as the reject action does.
  for (const { index, event } of events) {
    if (event.duplicateOf === undefined) continue;
    const survivor = ids.get(event.duplicateOf);
    if (!survivor || timelines[event.duplicateOf].createdAt >= event.at)
      throw new Error(`Sample item "${SAMPLE_ITEMS[index].title}" is rejected as a duplicate of a later item`);
    await tx.itemLink.create({
      data: {
        fromItemId: ids.get(index) as string,
        toItemId: survivor,
        type: 'DUPLICATES',
        createdById: reviewer.id,
        createdAt: event.at,
      },
    });
  }
  const comments = timelines
    .flatMap((timeline, index) => timeline.comments.map((comment) => ({ index, comment })))
    .sort((a, b) => a.comment.at.getTime() - b.comment.at.getTime());
  await tx.comment.createMany({
    data: comments.map(({ index, comment }) => ({
      itemId: ids.get(index) as string,
      authorId: user(comment.by).id,
      body: comment.body,
      internal: comment.internal,
      createdAt: comment.at,
    })),
  });
  return { events: events.length, first: events[0].event.at, last: events[events.length - 1].event.at };
}
