import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { ValidatedRequest } from '../http/validated-request';
import type { SessionUser } from './session-user';

/** The signed-in caller; only on routes whose access is not `public`. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): SessionUser => {
  const user = context.switchToHttp().getRequest<ValidatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a route without a session');
  return user;
});
