import {
  applyDecorators,
  createParamDecorator,
  Delete,
  ExecutionContext,
  Get,
  HttpCode,
  Patch,
  Post,
  SetMetadata,
} from '@nestjs/common';
import type { RouteContract } from '@srt/contracts';
import type { ValidatedRequest } from './validated-request';

export const ROUTE_CONTRACT = 'srt:route-contract';

const METHOD_DECORATORS = { get: Get, post: Post, patch: Patch, delete: Delete } as const;

/**
 * Registers a handler for one route of the contracts registry: its method, path, success
 * status, who may call it and the schemas its input is validated with all come from there.
 */
export function Endpoint(contract: RouteContract): MethodDecorator {
  return applyDecorators(
    METHOD_DECORATORS[contract.method](contract.path),
    HttpCode(contract.status ?? 200),
    SetMetadata(ROUTE_CONTRACT, contract),
  );
}

type InputLocation = 'params' | 'query' | 'body';

/** The handler's input as parsed by the route's schema (see ContractInterceptor). */
export const Input = createParamDecorator((location: InputLocation, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<ValidatedRequest>();
  return request.validated?.[location];
});
