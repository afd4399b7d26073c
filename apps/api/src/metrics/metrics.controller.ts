import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { MetricsRoute } from '../auth/access.guard';
import { AppMetrics } from './app-metrics';

export const METRICS_PATH = '/api/metrics';

/** Prometheus's text format; outside the contracts registry like the documentation routes. */
@Controller()
export class MetricsController {
  constructor(private readonly metrics: AppMetrics) {}

  @Get(METRICS_PATH)
  @MetricsRoute()
  async scrape(@Res() response: Response): Promise<void> {
    const text = await this.metrics.registry.metrics();
    response.type(this.metrics.registry.contentType).send(text);
  }
}
