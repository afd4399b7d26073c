import { Controller, Req } from '@nestjs/common';
import { routes, type TCreateComment } from '@srt/contracts';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import type { ValidatedRequest } from '../http/validated-request';
import { CommentsService } from './comments.service';

type CommentParams = { ref: string; id: string };

@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Endpoint(routes.listComments)
  list(
    @CurrentUser() user: SessionUser,
    @Input('params') params: { ref: string },
    @Input('query') query: { internal?: boolean },
  ) {
    return this.comments.list(user, params.ref, query.internal ?? false);
  }

  @Endpoint(routes.createComment)
  create(
    @CurrentUser() user: SessionUser,
    @Input('params') params: { ref: string },
    @Input('body') body: TCreateComment,
    @Req() request: ValidatedRequest,
  ) {
    return this.comments.create(user, params.ref, body, request.id);
  }

  @Endpoint(routes.updateComment)
  update(
    @CurrentUser() user: SessionUser,
    @Input('params') params: CommentParams,
    @Input('body') body: { body: string },
    @Req() request: ValidatedRequest,
  ) {
    return this.comments.edit(user, params.ref, params.id, body.body, request.id);
  }

  @Endpoint(routes.deleteComment)
  delete(@CurrentUser() user: SessionUser, @Input('params') params: CommentParams, @Req() request: ValidatedRequest) {
    return this.comments.edit(user, params.ref, params.id, null, request.id);
  }
}
