import { Controller, Req } from '@nestjs/common';
import { type BodyOf, type ParamsOf, type QueryOf, routes } from '@srt/contracts';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import type { ValidatedRequest } from '../http/validated-request';
import { CommentsService } from './comments.service';

@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Endpoint(routes.listComments)
  list(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.listComments>,
    @Input('query') query: QueryOf<typeof routes.listComments>,
  ) {
    return this.comments.list(user, params.ref, query.internal ?? false);
  }

  @Endpoint(routes.createComment)
  create(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.createComment>,
    @Input('body') body: BodyOf<typeof routes.createComment>,
    @Req() request: ValidatedRequest,
  ) {
    return this.comments.create(user, params.ref, body, request.id);
  }

  @Endpoint(routes.updateComment)
  update(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.updateComment>,
    @Input('body') body: BodyOf<typeof routes.updateComment>,
    @Req() request: ValidatedRequest,
  ) {
    return this.comments.edit(user, params.ref, params.id, body.body, request.id);
  }

  @Endpoint(routes.deleteComment)
  delete(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.deleteComment>,
    @Req() request: ValidatedRequest,
  ) {
    return this.comments.edit(user, params.ref, params.id, null, request.id);
  }
}
