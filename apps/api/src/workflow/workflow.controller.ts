import { Controller, Req } from '@nestjs/common';
import { type BodyOf, type ParamsOf, type QueryOf, routes } from '@srt/contracts';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import type { ValidatedRequest } from '../http/validated-request';
import { TriageService } from './triage.service';
import { WorkflowService } from './workflow.service';

@Controller()
export class WorkflowController {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly triage: TriageService,
  ) {}

  @Endpoint(routes.transition)
  transition(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.transition>,
    @Input('body') body: BodyOf<typeof routes.transition>,
    @Req() request: ValidatedRequest,
  ) {
    return this.workflow.transition(user, params.ref, body, request.id);
  }

  @Endpoint(routes.listEvents)
  events(@CurrentUser() user: SessionUser, @Input('params') params: ParamsOf<typeof routes.listEvents>) {
    return this.workflow.events(user, params.ref);
  }

  @Endpoint(routes.listReviewers)
  reviewers() {
    return this.workflow.reviewers();
  }

  @Endpoint(routes.triage)
  queue(@CurrentUser() user: SessionUser, @Input('query') query: QueryOf<typeof routes.triage>) {
    return this.triage.page(user, query);
  }
}
