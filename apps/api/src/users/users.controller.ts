import { Controller, Req } from '@nestjs/common';
import { type BodyOf, type ParamsOf, type QueryOf, routes } from '@srt/contracts';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import type { ValidatedRequest } from '../http/validated-request';
import { UsersService } from './users.service';

@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Endpoint(routes.listUsers)
  list(@Input('query') query: QueryOf<typeof routes.listUsers>) {
    return this.users.page(query);
  }

  @Endpoint(routes.createUser)
  create(
    @CurrentUser() actor: SessionUser,
    @Input('body') body: BodyOf<typeof routes.createUser>,
    @Req() request: ValidatedRequest,
  ) {
    return this.users.create(actor, body, request.id);
  }

  @Endpoint(routes.updateUser)
  update(
    @CurrentUser() actor: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.updateUser>,
    @Input('body') body: BodyOf<typeof routes.updateUser>,
    @Req() request: ValidatedRequest,
  ) {
    return this.users.update(actor, params.id, body, request.id);
  }

  @Endpoint(routes.listOrganisations)
  organisations() {
    return this.users.organisationsList();
  }

  @Endpoint(routes.createOrganisation)
  createOrganisation(
    @CurrentUser() actor: SessionUser,
    @Input('body') body: BodyOf<typeof routes.createOrganisation>,
    @Req() request: ValidatedRequest,
  ) {
    return this.users.createOrganisation(actor, body, request.id);
  }
}
