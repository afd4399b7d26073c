import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

@Injectable()
export class ReportRepository {
  constructor(private readonly prisma: PrismaService) {}

  editions() {
    return this.prisma.reportEdition.findMany({
      orderBy: [{ createdAt: 'desc' }],
      include: { _count: { select: { chapters: true } } },
    });
  }

  /** The edition with its whole tree in one round of queries (no N+1). */
  edition(id: string) {
    return this.prisma.reportEdition.findUnique({
      where: { id },
      include: {
        _count: { select: { chapters: true } },
        chapters: {
          orderBy: { position: 'asc' },
          include: {
            technology: { select: { slug: true, nameEn: true, nameFr: true } },
            sections: { orderBy: { position: 'asc' }, select: { id: true, position: true, title: true, anchor: true, intro: true } },
          },
        },
      },
    });
  }
}
