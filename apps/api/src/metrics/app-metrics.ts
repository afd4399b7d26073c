import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { PrismaService } from '../database/prisma.service';
import { OutboxRepository } from '../mail/outbox.repository';

/** Requests that no declared route matched: unknown paths, bodies or headers refused before routing. */
export const UNMATCHED_ROUTE = 'unmatched';
const LABELS = ['method', 'route', 'status'] as const;

/**
 * This application's Prometheus metrics, on a registry of its own rather than prom-client's global
 * one: several apps in one process (the test suites) each count their own requests.
 */
@Injectable()
export class AppMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'API requests answered, by method, declared route path and status',
    labelNames: LABELS,
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving an API request to finishing its answer',
    labelNames: LABELS,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(prisma: PrismaService, outbox: OutboxRepository) {
    collectDefaultMetrics({ register: this.registry });
    const pool = (name: string, help: string, read: (usage: ReturnType<PrismaService['poolUsage']>) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read(prisma.poolUsage()));
        },
      });
    pool('db_pool_connections_total', 'Database connections the pool holds', (usage) => usage.total);
    pool('db_pool_connections_idle', 'Pooled database connections not in use', (usage) => usage.idle);
    pool('db_pool_requests_waiting', 'Queries waiting for a pooled connection', (usage) => usage.waiting);
    new Gauge({
      name: 'outbox_emails_unsent',
      help: 'Emails written to the outbox that the mail server has not accepted yet',
      registers: [this.registry],
      async collect() {
        this.set(await outbox.countUnsent());
      },
    });
  }

  /**
   * Express middleware counting every API request when its answer is finished. The route label is
   * the matched route's declared path (`/api/v1/items/:ref`), never the URL, so the number of
   * series stays bounded by the routes the app declares.
   */
  readonly recordRequests = (request: Request, response: Response, next: NextFunction): void => {
    const started = performance.now();
    response.once('finish', () => {
      const route = (request.route as { path?: unknown } | undefined)?.path;
      const labels = {
        method: request.method,
        // Nest answers unknown paths through a catch-all `/{*path}` route: that is the 404, not a route.
        route: typeof route === 'string' && !route.includes('*') ? route : UNMATCHED_ROUTE,
        status: response.statusCode,
      };
      this.requests.inc(labels);
      this.durations.observe(labels, (performance.now() - started) / 1000);
    });
    next();
  };
}
