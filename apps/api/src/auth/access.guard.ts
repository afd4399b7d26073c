import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { RouteContract } from '@srt/contracts';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { ROUTE_CONTRACT } from '../http/endpoint.decorator';
import { DomainError } from '../http/problems';
import type { ValidatedRequest } from '../http/validated-request';
import { metricsAccessAllowed } from '../metrics/metrics-access';
import { SessionService } from './session.service';

const DOCUMENTATION_ROUTE = 'srt:documentation-route';
/**
 * Marks the few routes outside the contracts registry (the API documentation itself): open to
 * anyone signed in, and to everyone when PUBLIC_API_DOCS is set (SPEC §2 keeps the app closed).
 */
export const DocumentationRoute = () => SetMetadata(DOCUMENTATION_ROUTE, true);

const METRICS_ROUTE = 'srt:metrics-route';
/** Marks /api/metrics: for scrapers, not users, so the rule is loopback or METRICS_TOKEN (metrics-access.ts). */
export const MetricsRoute = () => SetMetadata(METRICS_ROUTE, true);

/**
 * The one place roles are enforced. Every route declares its access in the contracts registry;
 * a handler without a declaration is refused (fail closed). ADMIN may do everything.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.get<boolean>(METRICS_ROUTE, context.getHandler())) {
      const request = context.switchToHttp().getRequest<ValidatedRequest>();
      const caller = { remoteAddress: request.socket.remoteAddress, headers: request.headers };
      if (metricsAccessAllowed(caller, this.config.METRICS_TOKEN)) return true;
      throw new DomainError('METRICS_TOKEN_REQUIRED');
    }
    const documentation = this.reflector.get<boolean>(DOCUMENTATION_ROUTE, context.getHandler());
    const contract = this.reflector.get<RouteContract | undefined>(ROUTE_CONTRACT, context.getHandler());
    const access = documentation ? (this.config.PUBLIC_API_DOCS ? 'public' : 'signed-in') : contract?.access;
    if (!access) throw new DomainError('NO_ACCESS_RULE');
    if (access === 'public') return true;

    const request = context.switchToHttp().getRequest<ValidatedRequest>();
    const session = await this.sessions.resolve(request);
    if (!session) throw new DomainError('NOT_SIGNED_IN');
    request.user = session.user;
    request.sessionId = session.sessionId;

    if (access === 'signed-in' || session.user.role === 'ADMIN') return true;
    if (access.includes(session.user.role)) return true;
    throw new DomainError('FORBIDDEN');
  }
}
