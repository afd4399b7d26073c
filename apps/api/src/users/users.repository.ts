import { Injectable } from '@nestjs/common';
import type { TRole } from '@srt/contracts';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';

export const USER_SELECT = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  active: true,
  preferredLanguage: true,
  passwordHash: true,
  createdAt: true,
  organisation: { select: { id: true, name: true, type: true } },
} satisfies Prisma.UserSelect;

export type UserRow = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByEmail(email: string, client: DatabaseClient = this.prisma): Promise<UserRow | null> {
    return client.user.findUnique({ where: { email }, select: USER_SELECT });
  }

  findById(id: string, client: DatabaseClient = this.prisma): Promise<UserRow | null> {
    return client.user.findUnique({ where: { id }, select: USER_SELECT });
  }

  async page(
    filter: { q?: string; role?: TRole; organisation?: string; active?: boolean },
    after: { email: string } | undefined,
    limit: number,
  ) {
    const rows = await this.prisma.user.findMany({
      where: {
        ...(filter.q
          ? {
              OR: [
                { email: { contains: filter.q, mode: 'insensitive' } },
                { displayName: { contains: filter.q, mode: 'insensitive' } },
              ],
            }
          : {}),
        ...(filter.role ? { role: filter.role } : {}),
        ...(filter.organisation ? { organisationId: filter.organisation } : {}),
        ...(filter.active === undefined ? {} : { active: filter.active }),
        ...(after ? { email: { gt: after.email } } : {}),
      },
      orderBy: { email: 'asc' },
      take: limit + 1,
      select: USER_SELECT,
    });
    return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
  }

  create(data: Prisma.UserUncheckedCreateInput, client: DatabaseClient = this.prisma): Promise<UserRow> {
    return client.user.create({ data, select: USER_SELECT });
  }

  update(id: string, data: Prisma.UserUncheckedUpdateInput, client: DatabaseClient = this.prisma): Promise<UserRow> {
    return client.user.update({ where: { id }, data, select: USER_SELECT });
  }

  countActiveAdmins(client: DatabaseClient = this.prisma): Promise<number> {
    return client.user.count({ where: { role: 'ADMIN', active: true } });
  }
}
