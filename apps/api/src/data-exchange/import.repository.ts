import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

@Injectable()
export class ImportRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** What a file's rows name by slug, title or name, read once per import. */
  async lookupRows() {
    const [technologies, sources, meetings, organisations] = await Promise.all([
      this.prisma.technology.findMany({ select: { slug: true, active: true } }),
      this.prisma.sourceBody.findMany({ select: { slug: true } }),
      this.prisma.meeting.findMany({ select: { id: true, title: true } }),
      this.prisma.organisation.findMany({ select: { id: true, name: true } }),
    ]);
    return { technologies, sources, meetings, organisations };
  }
}
