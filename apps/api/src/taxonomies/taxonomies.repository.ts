import { Injectable } from '@nestjs/common';
import type { TCreateMeeting, TUpdateMeeting } from '@srt/contracts';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';

export const MEETING_SELECT = {
  id: true,
  title: true,
  startDate: true,
  endDate: true,
  location: true,
  agendaRef: true,
  notes: true,
  source: { select: { slug: true, name: true } },
} satisfies Prisma.MeetingSelect;
export type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof MEETING_SELECT }>;

const TECHNOLOGY_SELECT = {
  id: true,
  slug: true,
  nameEn: true,
  nameFr: true,
  description: true,
  active: true,
} satisfies Prisma.TechnologySelect;
const SOURCE_SELECT = { id: true, slug: true, name: true, kind: true, active: true } satisfies Prisma.SourceBodySelect;

const toDate = (value: string) => new Date(`${value}T00:00:00Z`);

@Injectable()
export class TaxonomiesRepository {
  constructor(private readonly prisma: PrismaService) {}

  technologies() {
    return this.prisma.technology.findMany({
      orderBy: [{ createdAt: 'asc' }, { slug: 'asc' }],
      select: TECHNOLOGY_SELECT,
    });
  }

  createTechnology(data: Prisma.TechnologyCreateInput, client: DatabaseClient) {
    return client.technology.create({ data, select: TECHNOLOGY_SELECT });
  }

  updateTechnology(slug: string, data: Prisma.TechnologyUpdateInput, client: DatabaseClient) {
    return client.technology.update({ where: { slug }, data, select: TECHNOLOGY_SELECT });
  }

  sources() {
    return this.prisma.sourceBody.findMany({ orderBy: [{ kind: 'asc' }, { name: 'asc' }], select: SOURCE_SELECT });
  }

  findSourceId(slug: string, client: DatabaseClient): Promise<string | null> {
    return client.sourceBody.findUnique({ where: { slug }, select: { id: true } }).then((row) => row?.id ?? null);
  }

  createSource(data: Prisma.SourceBodyCreateInput, client: DatabaseClient) {
    return client.sourceBody.create({ data, select: SOURCE_SELECT });
  }

  updateSource(slug: string, data: Prisma.SourceBodyUpdateInput, client: DatabaseClient) {
    return client.sourceBody.update({ where: { slug }, data, select: SOURCE_SELECT });
  }

  meetings(source?: string): Promise<MeetingRow[]> {
    return this.prisma.meeting.findMany({
      where: source ? { source: { slug: source } } : {},
      orderBy: [{ startDate: 'desc' }, { title: 'asc' }],
      select: MEETING_SELECT,
    });
  }

  findMeeting(id: string, client: DatabaseClient) {
    return client.meeting.findUnique({ where: { id }, select: MEETING_SELECT });
  }

  createMeeting(sourceId: string, input: TCreateMeeting, client: DatabaseClient): Promise<MeetingRow> {
    return client.meeting.create({
      data: {
        sourceId,
        title: input.title,
        startDate: toDate(input.startDate),
        endDate: input.endDate ? toDate(input.endDate) : null,
        location: input.location ?? null,
        agendaRef: input.agendaRef ?? null,
        notes: input.notes ?? '',
      },
      select: MEETING_SELECT,
    });
  }

  updateMeeting(
    id: string,
    sourceId: string | undefined,
    input: TUpdateMeeting,
    client: DatabaseClient,
  ): Promise<MeetingRow> {
    return client.meeting.update({
      where: { id },
      data: {
        ...(sourceId ? { sourceId } : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.startDate !== undefined ? { startDate: toDate(input.startDate) } : {}),
        ...(input.endDate !== undefined ? { endDate: input.endDate ? toDate(input.endDate) : null } : {}),
        ...(input.location !== undefined ? { location: input.location } : {}),
        ...(input.agendaRef !== undefined ? { agendaRef: input.agendaRef } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
      },
      select: MEETING_SELECT,
    });
  }
}
