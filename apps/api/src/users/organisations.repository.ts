import { Injectable } from '@nestjs/common';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';

const ORGANISATION_SELECT = {
  id: true,
  name: true,
  type: true,
  country: true,
  _count: { select: { users: true } },
} satisfies Prisma.OrganisationSelect;

export type OrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof ORGANISATION_SELECT }>;

@Injectable()
export class OrganisationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(): Promise<OrganisationRow[]> {
    return this.prisma.organisation.findMany({ orderBy: { name: 'asc' }, select: ORGANISATION_SELECT });
  }

  exists(id: string, client: DatabaseClient = this.prisma): Promise<boolean> {
    return client.organisation.count({ where: { id } }).then((count) => count > 0);
  }

  create(data: Prisma.OrganisationCreateInput, client: DatabaseClient = this.prisma): Promise<OrganisationRow> {
    return client.organisation.create({ data, select: ORGANISATION_SELECT });
  }
}
