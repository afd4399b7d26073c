import { Injectable } from '@nestjs/common';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import type { MailMessage } from './mail.service';

@Injectable()
export class OutboxRepository {
  constructor(private readonly prisma: PrismaService) {}

  async add(message: MailMessage, client: DatabaseClient = this.prisma): Promise<string> {
    const row = await client.outboxEmail.create({ data: message, select: { id: true } });
    return row.id;
  }

  find(id: string) {
    return this.prisma.outboxEmail.findUnique({ where: { id } });
  }

  markSent(id: string) {
    return this.prisma.outboxEmail.update({ where: { id }, data: { sentAt: new Date() } });
  }

  /** Messages written but not yet accepted by the mail server: the backlog /api/metrics reports. */
  countUnsent(): Promise<number> {
    return this.prisma.outboxEmail.count({ where: { sentAt: null } });
  }
}
