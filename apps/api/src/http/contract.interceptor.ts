import {
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  InternalServerErrorException,
  Logger,
  NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { RouteContract } from '@srt/contracts';
import { map, type Observable } from 'rxjs';
import type { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { ROUTE_CONTRACT } from './endpoint.decorator';
import { fieldIssue, ValidationFailed, type FieldIssue } from './problems';
import type { ValidatedRequest } from './validated-request';
import { toFieldIssues } from './zod-issues';

const EMPTY_BODY_ISSUE: FieldIssue = fieldIssue('body', 'NO_BODY_EXPECTED');

/**
 * Parses path, query and body with the route's zod schemas before the handler runs; all
 * offending fields are reported together. Outside production the answer is checked against
 * the response schema too, so a handler cannot drift from its contract unnoticed.
 */
@Injectable()
export class ContractInterceptor implements NestInterceptor {
  private readonly logger = new Logger(ContractInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const contract = this.reflector.get<RouteContract | undefined>(ROUTE_CONTRACT, context.getHandler());
    if (!contract) return next.handle();
    const request = context.switchToHttp().getRequest<ValidatedRequest>();
    const issues: FieldIssue[] = [];
    const parse = (schema: z.ZodType | undefined, input: unknown, prefix: string) => {
      if (!schema) return undefined;
      // reportInput lets an empty value be told apart ("required") from a wrong one.
      const result = schema.safeParse(input ?? {}, { reportInput: true });
      if (result.success) return result.data;
      issues.push(...toFieldIssues(result.error, prefix === 'body' ? undefined : prefix));
      return undefined;
    };
    const validated = {
      params: parse(contract.params, request.params, 'path'),
      query: parse(contract.query, request.query, 'query'),
      body: parse(contract.body, request.body, 'body'),
    };
    if (!contract.body && hasBody(request.body)) issues.push(EMPTY_BODY_ISSUE);
    if (issues.length > 0) throw new ValidationFailed(issues);
    request.validated = validated;

    if (this.config.NODE_ENV === 'production' || !contract.response) return next.handle();
    const responseSchema = contract.response;
    return next.handle().pipe(
      map((body: unknown) => {
        const checked = responseSchema.safeParse(body);
        if (!checked.success) {
          this.logger.error(
            { route: contract.path, issues: checked.error.issues },
            'response does not match its contract',
          );
          throw new InternalServerErrorException();
        }
        return body;
      }),
    );
  }
}

function hasBody(body: unknown): boolean {
  if (body === undefined || body === null) return false;
  if (typeof body === 'object') return Object.keys(body).length > 0;
  return true;
}
