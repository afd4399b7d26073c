import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { TProblem } from '@srt/contracts';
import type { Response } from 'express';
import { Prisma } from '../generated/prisma/client';
import { DomainError, TooManyRequests } from './problems';
import type { ValidatedRequest } from './validated-request';

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request body too large',
  415: 'Unsupported media type',
  429: 'Too many attempts',
  500: 'Internal error',
  503: 'Service unavailable',
};

const DATABASE_DOWN =
  /ECONNREFUSED|ECONNRESET|ENOTFOUND|Connection terminated|timeout exceeded when trying to connect|terminating connection|Can't reach database|the database system is (starting up|shutting down)/i;
// PostgreSQL SQLSTATEs meaning "no usable database right now": connection exceptions (08…),
// operator intervention (57P01–57P03), missing database (3D000), too many connections (53300).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|3D000|53300)$/;
// What adapter-pg reports for the same situations.
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TlsConnectionError',
]);

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < 5; current = (current as { cause?: unknown }).cause)
    chain.push(current);
  return chain;
}

/** Recognises an unreachable database in whatever wrapper the driver adapter gives it. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    ['P1001', 'P1002', 'P1003', 'P1017', 'P2024'].includes(error.code)
  )
    return true;
  return causes(error).some((each) => {
    const { code, kind, originalCode } = (each ?? {}) as { code?: unknown; kind?: unknown; originalCode?: unknown };
    if (typeof kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(kind)) return true;
    if ([code, originalCode].some((value) => typeof value === 'string' && UNAVAILABLE_SQLSTATE.test(value)))
      return true;
    return each instanceof Error && DATABASE_DOWN.test(`${each.name} ${each.message}`);
  });
}

export function problemBody(
  status: number,
  detail: string | undefined,
  requestId: string | undefined,
  extra: Partial<TProblem> = {},
): TProblem {
  return {
    type: status === 400 ? 'https://study-report-tracker.example/problems/validation' : 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    ...(requestId ? { requestId } : {}),
    ...extra,
  };
}

/** The one place errors become answers: application/problem+json, never a stack trace or SQL. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const response = context.getResponse<Response>();
    const request = context.getRequest<ValidatedRequest>();
    const { status, body, headers } = this.toProblem(exception, request);
    if (status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'request failed');
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.status(status).type('application/problem+json').send(JSON.stringify(body));
  }

  private toProblem(
    exception: unknown,
    request: ValidatedRequest,
  ): { status: number; body: TProblem; headers: Record<string, string> } {
    const requestId = request.id;
    if (exception instanceof DomainError) {
      const headers: Record<string, string> =
        exception instanceof TooManyRequests ? { 'Retry-After': String(Math.ceil(exception.retryAfterSeconds)) } : {};
      return {
        status: exception.status,
        headers,
        // Extensions first: they can add members but never replace type, title or status.
        body: {
          ...exception.extensions,
          ...problemBody(
            exception.status,
            exception.detail,
            requestId,
            exception.errors ? { errors: exception.errors } : {},
          ),
          title: exception.title,
        },
      };
    }
    if (exception instanceof Prisma.PrismaClientKnownRequestError) {
      if (exception.code === 'P2002')
        return {
          status: 409,
          headers: {},
          body: problemBody(409, 'A record with the same unique value already exists.', requestId),
        };
      if (exception.code === 'P2025')
        return {
          status: 404,
          headers: {},
          body: problemBody(404, 'The resource does not exist or is not visible to you.', requestId),
        };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        status: 503,
        headers: { 'Retry-After': '5' },
        body: problemBody(503, 'The database is unavailable; try again shortly.', requestId),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const detail =
        status === HttpStatus.NOT_FOUND
          ? `No route ${request.method} ${request.path}.`
          : status < 500
            ? exception.message
            : undefined;
      return { status, headers: {}, body: problemBody(status, detail, requestId) };
    }
    return {
      status: 500,
      headers: {},
      body: problemBody(500, 'Something went wrong on our side; the request id helps us find it.', requestId),
    };
  }
}
