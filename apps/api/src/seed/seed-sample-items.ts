import type { TItemContent, TItemStatus } from '@srt/contracts';
import type { TransactionClient } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { contentColumns, nextItemReference } from '../items/items.repository';
import { SAMPLE_ITEMS, type SampleItem } from './sample-items';

/** Every sample item says what it is, on its own page. */
export const SAMPLE_NOTE = '_Sample data: written for this demonstration from public WCO sources._';

const DAY = 86_400_000;
const FIRST_DAY = Date.parse('2017-03-01T09:00:00Z');
const SUBMITTED: readonly TItemStatus[] = [
  'SUBMITTED',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'ACCEPTED',
  'REJECTED',
  'WITHDRAWN',
];
const DECIDED: readonly TItemStatus[] = ['ACCEPTED', 'REJECTED'];

export interface SampleContext {
  userIds: Map<string, { id: string; organisationId: string; country: string | null }>;
  organisationIds: Map<string, string>;
  technologyIds: Map<string, string>;
  sourceIds: Map<string, string>;
  meetings: Map<string, { id: string; startDate: Date }>;
}

function toContent(sample: SampleItem, context: SampleContext): TItemContent {
  const { author: _author, status: _status, meeting, links: _links, ...rest } = sample;
  const meetingId = meeting ? (context.meetings.get(meeting)?.id ?? null) : null;
  const body = `${rest.body}\n\n${SAMPLE_NOTE}`;
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

/** The sample set of SAMPLE-FACTS: items spread over the years, with their revision 1 and links. */
export async function seedSampleItems(tx: TransactionClient, context: SampleContext): Promise<void> {
  const ids: string[] = [];
  for (const [index, sample] of SAMPLE_ITEMS.entries()) {
    const author = context.userIds.get(sample.author);
    if (!author) throw new Error(`Sample item ${index}: unknown author ${sample.author}`);
    const content = toContent(sample, context);
    const meetingDate = sample.meeting ? context.meetings.get(sample.meeting)?.startDate.getTime() : undefined;
    const createdAt = new Date(meetingDate ?? FIRST_DAY + index * 45 * DAY);
    const submittedAt = SUBMITTED.includes(sample.status) ? new Date(createdAt.getTime() + 3 * DAY) : null;
    const decidedAt = DECIDED.includes(sample.status) ? new Date(createdAt.getTime() + 40 * DAY) : null;
    const technologyIds = content.technologies.map((slug) => {
      const id = context.technologyIds.get(slug);
      if (!id) throw new Error(`Sample item ${index}: unknown technology ${slug}`);
      return id;
    });
    const item = await tx.item.create({
      data: {
        kind: content.kind,
        reference: await nextItemReference(content.kind, tx),
        status: sample.status,
        authorId: author.id,
        organisationId: author.organisationId,
        country: content.kind === 'PILOT' ? content.country : author.country,
        ...contentColumns(content, context.sourceIds.get(content.source) as string),
        createdAt,
        updatedAt: decidedAt ?? submittedAt ?? createdAt,
        submittedAt,
        decidedAt,
        technologies: { create: technologyIds.map((technologyId) => ({ technologyId })) },
        revisions: {
          create: { number: 1, content: content as unknown as Prisma.InputJsonValue, editorId: author.id, createdAt },
        },
      },
      select: { id: true },
    });
    ids.push(item.id);
    for (const link of sample.links ?? []) {
      await tx.itemLink.create({
        data: { fromItemId: item.id, toItemId: ids[link.to], type: link.type, createdById: author.id, createdAt },
      });
    }
  }
}
