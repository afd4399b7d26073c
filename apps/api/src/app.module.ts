import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module';
import { AccessGuard } from './auth/access.guard';
import { AuthModule } from './auth/auth.module';
import { APP_CONFIG, type AppConfig } from './config/config';
import { DatabaseModule } from './database/database.module';
import { DocsModule } from './docs/docs.module';
import { HealthModule } from './health/health.module';
import { ContractInterceptor } from './http/contract.interceptor';
import { CursorModule } from './http/cursor';
import { loggedRequest, loggedResponse } from './http/request-log';
import { ProblemFilter } from './http/problem.filter';
import { CommentsModule } from './comments/comments.module';
import { DataExchangeModule } from './data-exchange/data-exchange.module';
import { EndorsementsModule } from './endorsements/endorsements.module';
import { InsightModule } from './insight/insight.module';
import { ItemsModule } from './items/items.module';
import { NotificationsModule } from './notifications/notifications.module';
import { WorkflowModule } from './workflow/workflow.module';
import { MailModule } from './mail/mail.module';
import { METRICS_PATH } from './metrics/metrics.controller';
import { MetricsModule } from './metrics/metrics.module';
import { ReportModule } from './report/report.module';
import { TaxonomiesModule } from './taxonomies/taxonomies.module';
import { UsersModule } from './users/users.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
function requestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}

@Module({})
export class AppModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        {
          module: class ConfigModule {},
          global: true,
          providers: [{ provide: APP_CONFIG, useValue: config }],
          exports: [APP_CONFIG],
        },
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: requestId,
            // One line per request; bodies, cookies and most headers carry personal data or secrets.
            serializers: { req: loggedRequest, res: loggedResponse },
            autoLogging: {
              ignore: (request) =>
                request.url === '/api/health' || request.url === '/api/ready' || request.url === METRICS_PATH,
            },
          },
        }),
        DatabaseModule,
        CursorModule,
        MailModule,
        AuditModule,
        AuthModule,
        UsersModule,
        TaxonomiesModule,
        DataExchangeModule,
        ItemsModule,
        InsightModule,
        WorkflowModule,
        CommentsModule,
        EndorsementsModule,
        NotificationsModule,
        ReportModule,
        HealthModule,
        DocsModule,
        MetricsModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: ContractInterceptor },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
