import { Injectable } from '@nestjs/common';
import {
  FIELD_MESSAGES,
  type TCreateMeeting,
  type TCreateSourceBody,
  type TCreateTechnology,
  type TMeeting,
  type TSourceBody,
  type TTechnology,
  type TUpdateMeeting,
  type TUpdateSourceBody,
  type TUpdateTechnology,
} from '@srt/contracts';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import { fieldIssue, NotFound, ValidationFailed } from '../http/problems';
import { TaxonomiesRepository, type MeetingRow } from './taxonomies.repository';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export const toMeeting = (row: MeetingRow): TMeeting => ({
  id: row.id,
  source: row.source,
  title: row.title,
  startDate: isoDate(row.startDate),
  endDate: row.endDate ? isoDate(row.endDate) : null,
  location: row.location,
  agendaRef: row.agendaRef,
  notes: row.notes,
});

@Injectable()
export class TaxonomiesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly taxonomies: TaxonomiesRepository,
    private readonly audit: AuditService,
  ) {}

  technologies(): Promise<TTechnology[]> {
    return this.taxonomies.technologies();
  }

  createTechnology(actor: SessionUser, input: TCreateTechnology, requestId: string): Promise<TTechnology> {
    return this.prisma.$transaction(async (tx) => {
      const created = await this.taxonomies.createTechnology({ ...input, description: input.description ?? '' }, tx);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'technology.created',
          entityType: 'technology',
          entityId: created.slug,
          summary: `Added ${created.nameEn}`,
          requestId,
        },
        tx,
      );
      return created;
    });
  }

  updateTechnology(
    actor: SessionUser,
    slug: string,
    input: TUpdateTechnology,
    requestId: string,
  ): Promise<TTechnology> {
    return this.prisma.$transaction(async (tx) => {
      const updated = await this.taxonomies.updateTechnology(slug, input, tx);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'technology.updated',
          entityType: 'technology',
          entityId: slug,
          summary: `Changed ${Object.keys(input).join(', ')}`,
          requestId,
        },
        tx,
      );
      return updated;
    });
  }

  sources(): Promise<TSourceBody[]> {
    return this.taxonomies.sources();
  }

  createSource(actor: SessionUser, input: TCreateSourceBody, requestId: string): Promise<TSourceBody> {
    return this.prisma.$transaction(async (tx) => {
      const created = await this.taxonomies.createSource(input, tx);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'source.created',
          entityType: 'source',
          entityId: created.slug,
          summary: `Added ${created.name}`,
          requestId,
        },
        tx,
      );
      return created;
    });
  }

  updateSource(actor: SessionUser, slug: string, input: TUpdateSourceBody, requestId: string): Promise<TSourceBody> {
    return this.prisma.$transaction(async (tx) => {
      const updated = await this.taxonomies.updateSource(slug, input, tx);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'source.updated',
          entityType: 'source',
          entityId: slug,
          summary: `Changed ${Object.keys(input).join(', ')}`,
          requestId,
        },
        tx,
      );
      return updated;
    });
  }

  async meetings(source?: string): Promise<TMeeting[]> {
    return (await this.taxonomies.meetings(source)).map(toMeeting);
  }

  async createMeeting(actor: SessionUser, input: TCreateMeeting, requestId: string): Promise<TMeeting> {
    const row = await this.prisma.$transaction(async (tx) => {
      const sourceId = await this.requireSource(input.source, tx);
      const created = await this.taxonomies.createMeeting(sourceId, input, tx);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'meeting.created',
          entityType: 'meeting',
          entityId: created.id,
          summary: `Added ${created.title}`,
          requestId,
        },
        tx,
      );
      return created;
    });
    return toMeeting(row);
  }

  async updateMeeting(actor: SessionUser, id: string, input: TUpdateMeeting, requestId: string): Promise<TMeeting> {
    const row = await this.prisma.$transaction(async (tx) => {
      const current = await this.taxonomies.findMeeting(id, tx);
      if (!current) throw new NotFound('meeting');
      const start = input.startDate ?? isoDate(current.startDate);
      const end = input.endDate === undefined ? (current.endDate ? isoDate(current.endDate) : null) : input.endDate;
      if (end && end < start)
        throw new ValidationFailed([
          { path: 'endDate', code: 'END_BEFORE_START', message: FIELD_MESSAGES.END_BEFORE_START },
        ]);
      const sourceId = input.source ? await this.requireSource(input.source, tx) : undefined;
      const updated = await this.taxonomies.updateMeeting(id, sourceId, input, tx);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'meeting.updated',
          entityType: 'meeting',
          entityId: id,
          summary: `Changed ${Object.keys(input).join(', ')}`,
          requestId,
        },
        tx,
      );
      return updated;
    });
    return toMeeting(row);
  }

  private async requireSource(slug: string, client: DatabaseClient): Promise<string> {
    const id = await this.taxonomies.findSourceId(slug, client);
    if (!id) throw new ValidationFailed([fieldIssue('source', 'UNKNOWN_SOURCE', { value: slug })]);
    return id;
  }
}
