import { Controller, Req } from '@nestjs/common';
import { type ParamsOf, routes } from '@srt/contracts';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import type { ValidatedRequest } from '../http/validated-request';
import { EndorsementsService } from './endorsements.service';

@Controller()
export class EndorsementsController {
  constructor(private readonly endorsements: EndorsementsService) {}

  @Endpoint(routes.getEndorsements)
  get(@CurrentUser() user: SessionUser, @Input('params') params: ParamsOf<typeof routes.getEndorsements>) {
    return this.endorsements.get(user, params.ref);
  }

  @Endpoint(routes.endorse)
  endorse(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.endorse>,
    @Req() request: ValidatedRequest,
  ) {
    return this.endorsements.endorse(user, params.ref, request.id);
  }

  @Endpoint(routes.withdrawEndorsement)
  withdraw(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.withdrawEndorsement>,
    @Req() request: ValidatedRequest,
  ) {
    return this.endorsements.withdraw(user, params.ref, request.id);
  }
}
