import { Controller, Req } from '@nestjs/common';
import { type BodyOf, type ParamsOf, type QueryOf, routes } from '@srt/contracts';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import type { ValidatedRequest } from '../http/validated-request';
import { TaxonomiesService } from './taxonomies.service';

@Controller()
export class TaxonomiesController {
  constructor(private readonly taxonomies: TaxonomiesService) {}

  @Endpoint(routes.listTechnologies)
  technologies() {
    return this.taxonomies.technologies();
  }

  @Endpoint(routes.createTechnology)
  createTechnology(
    @CurrentUser() actor: SessionUser,
    @Input('body') body: BodyOf<typeof routes.createTechnology>,
    @Req() request: ValidatedRequest,
  ) {
    return this.taxonomies.createTechnology(actor, body, request.id);
  }

  @Endpoint(routes.updateTechnology)
  updateTechnology(
    @CurrentUser() actor: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.updateTechnology>,
    @Input('body') body: BodyOf<typeof routes.updateTechnology>,
    @Req() request: ValidatedRequest,
  ) {
    return this.taxonomies.updateTechnology(actor, params.slug, body, request.id);
  }

  @Endpoint(routes.listSources)
  sources() {
    return this.taxonomies.sources();
  }

  @Endpoint(routes.createSource)
  createSource(
    @CurrentUser() actor: SessionUser,
    @Input('body') body: BodyOf<typeof routes.createSource>,
    @Req() request: ValidatedRequest,
  ) {
    return this.taxonomies.createSource(actor, body, request.id);
  }

  @Endpoint(routes.updateSource)
  updateSource(
    @CurrentUser() actor: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.updateSource>,
    @Input('body') body: BodyOf<typeof routes.updateSource>,
    @Req() request: ValidatedRequest,
  ) {
    return this.taxonomies.updateSource(actor, params.slug, body, request.id);
  }

  @Endpoint(routes.listMeetings)
  meetings(@Input('query') query: QueryOf<typeof routes.listMeetings>) {
    return this.taxonomies.meetings(query.source);
  }

  @Endpoint(routes.createMeeting)
  createMeeting(
    @CurrentUser() actor: SessionUser,
    @Input('body') body: BodyOf<typeof routes.createMeeting>,
    @Req() request: ValidatedRequest,
  ) {
    return this.taxonomies.createMeeting(actor, body, request.id);
  }

  @Endpoint(routes.updateMeeting)
  updateMeeting(
    @CurrentUser() actor: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.updateMeeting>,
    @Input('body') body: BodyOf<typeof routes.updateMeeting>,
    @Req() request: ValidatedRequest,
  ) {
    return this.taxonomies.updateMeeting(actor, params.id, body, request.id);
  }
}
