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
import type { AnswerOf, RequestPart, RouteContract } from '@srt/contracts';
import type { ValidatedRequest } from './validated-request';

export const ROUTE_CONTRACT = 'srt:route-contract';

const METHOD_DECORATORS = { get: Get, post: Post, patch: Patch, delete: Delete } as const;

/** A handler of one route: whatever it takes, it answers what the route's response schema accepts. */
type Handler<Route extends RouteContract> = (...input: never[]) => AnswerOf<Route> | Promise<AnswerOf<Route>>;

/**
 * Registers a handler for one route of the contracts registry: its method, path, success
 * status, who may call it and the schemas its input is validated with all come from there.
 * A handler whose answer the route's response schema does not accept fails to compile; its
 * inputs are typed `ParamsOf`/`QueryOf`/`BodyOf<typeof routes.x>` of the same route.
 */
export function Endpoint<Route extends RouteContract>(contract: Route) {
  const decorator = applyDecorators(
    METHOD_DECORATORS[contract.method](contract.path),
    HttpCode(contract.status ?? 200),
    SetMetadata(ROUTE_CONTRACT, contract),
  );
  return <Method extends Handler<Route>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<Method>,
  ): void => decorator(target, key, descriptor);
}

/** The handler's input as parsed by the route's schema (see ContractInterceptor). */
export const Input = createParamDecorator((location: RequestPart, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<ValidatedRequest>();
  return request.validated?.[location];
});
