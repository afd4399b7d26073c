import { Controller, Req, Res } from '@nestjs/common';
import { type BodyOf, routes } from '@srt/contracts';
import type { Response } from 'express';
import { Endpoint, Input } from '../http/endpoint.decorator';
import type { ValidatedRequest } from '../http/validated-request';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import type { SessionUser } from './session-user';

@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Endpoint(routes.login)
  login(
    @Input('body') body: BodyOf<typeof routes.login>,
    @Req() request: ValidatedRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.auth.login(body, request, response);
  }

  @Endpoint(routes.logout)
  async logout(
    @CurrentUser() user: SessionUser,
    @Req() request: ValidatedRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    await this.auth.logout(user, request.sessionId as string, response, request.id);
  }

  @Endpoint(routes.me)
  me(@CurrentUser() user: SessionUser) {
    return this.auth.me(user);
  }

  @Endpoint(routes.updateMe)
  updateMe(
    @CurrentUser() user: SessionUser,
    @Input('body') body: BodyOf<typeof routes.updateMe>,
    @Req() request: ValidatedRequest,
  ) {
    return this.auth.updateMe(user, body, request.id);
  }

  @Endpoint(routes.requestPasswordReset)
  async requestPasswordReset(
    @Input('body') body: BodyOf<typeof routes.requestPasswordReset>,
    @Req() request: ValidatedRequest,
  ) {
    await this.auth.requestPasswordReset(body.email, request.ip ?? 'unknown', request.id);
    return { status: 'accepted' as const };
  }

  @Endpoint(routes.confirmPasswordReset)
  async confirmPasswordReset(
    @Input('body') body: BodyOf<typeof routes.confirmPasswordReset>,
    @Req() request: ValidatedRequest,
  ) {
    await this.auth.confirmPasswordReset(body, request.ip ?? 'unknown', request.id);
  }
}
