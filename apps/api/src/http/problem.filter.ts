import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { TProblem } from '@srt/contracts';
import type { Response } from 'express';
import { Prisma } from '../generated/prisma/client';
import { DomainError } from './problems';
import type { ValidatedRequest } from './validated-request';

const DATABASE_DOWN = new RegExp(
  [
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'Connection terminated',
    'timeout exceeded when trying to connect',
    'terminating connection',
    "Can't reach database",
    'the database system is (starting up|shutting down)',
  ].join('|'),
  'i',
);
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

/**
 * Recognises an unreachable database in whatever wrapper the driver adapter gives it. P2028 is
 * Prisma's "Unable to start a transaction" in time: no connection came out of the pool.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    ['P1001', 'P1002', 'P1003', 'P1017', 'P2024', 'P2028'].includes(error.code)
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
    // A streamed answer (an export) that fails midway cannot turn into a problem any more: the
    // connection is cut, so the client sees an incomplete download instead of waiting forever
    // for the rest of one that looks valid.
    if (response.headersSent) {
      response.destroy();
      return;
    }
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.status(status).type('application/problem+json').send(JSON.stringify(body));
  }

  private toProblem(
    exception: unknown,
    request: ValidatedRequest,
  ): { status: number; body: TProblem; headers: Record<string, string> } {
    const requestId = request.id;
    const answer = (error: DomainError, headers: Record<string, string> = {}) => ({
      status: error.status,
      headers,
      body: error.toBody(requestId),
    });
    if (exception instanceof DomainError) {
      const retryAfter =
        exception.code === 'TOO_MANY_ATTEMPTS' ? (exception.extensions as { retryAfterSeconds: number }) : null;
      return answer(exception, retryAfter ? { 'Retry-After': String(retryAfter.retryAfterSeconds) } : {});
    }
    if (exception instanceof Prisma.PrismaClientKnownRequestError) {
      if (exception.code === 'P2002') return answer(new DomainError('DUPLICATE'));
      if (exception.code === 'P2025') return answer(new DomainError('NOT_FOUND', { resource: 'record' }));
    }
    if (isDatabaseUnavailable(exception))
      return answer(new DomainError('DATABASE_UNAVAILABLE'), { 'Retry-After': '5' });
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === HttpStatus.NOT_FOUND) {
        return answer(new DomainError('ROUTE_NOT_FOUND', { method: request.method, path: request.path }));
      }
      if (status < 500) return answer(new DomainError('BAD_REQUEST'));
    }
    return answer(new DomainError('INTERNAL_ERROR'));
  }
}
