import { Injectable } from '@nestjs/common';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';

export const COMMENT_SELECT = {
  id: true,
  body: true,
  internal: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  author: { select: { id: true, displayName: true, organisation: { select: { name: true } } } },
} as const;

@Injectable()
export class CommentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(itemId: string, internal: boolean) {
    return this.prisma.comment.findMany({
      where: { itemId, internal },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: COMMENT_SELECT,
    });
  }

  find(itemId: string, id: string, client: DatabaseClient) {
    return client.comment.findFirst({ where: { id, itemId }, select: { ...COMMENT_SELECT, authorId: true } });
  }

  create(data: { itemId: string; authorId: string; body: string; internal: boolean }, client: DatabaseClient) {
    return client.comment.create({ data, select: COMMENT_SELECT });
  }

  update(id: string, data: { body: string; editedAt?: Date; deletedAt?: Date }, client: DatabaseClient) {
    return client.comment.update({ where: { id }, data, select: COMMENT_SELECT });
  }
}

export type CommentRow = Awaited<ReturnType<CommentsRepository['list']>>[number];
