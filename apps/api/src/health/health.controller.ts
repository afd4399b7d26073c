import { Controller, Res } from '@nestjs/common';
import { routes, type TReady } from '@srt/contracts';
import type { Response } from 'express';
import { PrismaService } from '../database/prisma.service';
import { Endpoint } from '../http/endpoint.decorator';

@Controller()
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  @Endpoint(routes.health)
  health() {
    return { status: 'ok' as const, uptimeSeconds: Math.round(process.uptime()) };
  }

  @Endpoint(routes.ready)
  async ready(@Res({ passthrough: true }) response: Response): Promise<TReady> {
    const up = await this.prisma.isReachable();
    if (!up) response.status(503);
    return { status: up ? 'ready' : 'unavailable', database: up ? 'up' : 'down' };
  }
}
