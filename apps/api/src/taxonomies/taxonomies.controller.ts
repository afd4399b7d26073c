import { Controller, Req } from '@nestjs/common';
import {
  routes,
  type TCreateMeeting,
  type TCreateSourceBody,
  type TCreateTechnology,
  type TUpdateMeeting,
  type TUpdateSourceBody,
  type TUpdateTechnology,
} from '@srt/contracts';
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
    @Input('body') body: TCreateTechnology,
    @Req() request: ValidatedRequest,
  ) {
    return this.taxonomies.createTechnology(actor, body, request.id);
  }

  @Endpoint(routes.updateTechnology)
  updateTechnology(
    @CurrentUser() actor: SessionUser,
    @Input('params') params: { slug: string },
    @Input('body') body: TUpdateTechnology,
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
    @Input('body') body: TCreateSourceBody,
    @Req() request: ValidatedRequest,
  ) {
    return this.taxonomies.createSource(actor, body, request.id);
  }

  @Endpoint(routes.updateSource)
  updateSource(
    @CurrentUser() actor: SessionUser,
    @Input('params') params: { slug: string },
    @Input('body') body: TUpdateSourceBody,
    @Req() request: ValidatedRequest,
  ) {
    return this.taxonomies.updateSource(actor, params.slug, body, request.id);
  }

  @Endpoint(routes.listMeetings)
  meetings(@Input('query') query: { source?: string }) {
    return this.taxonomies.meetings(query.source);
  }

  @Endpoint(routes.createMeeting)
  createMeeting(
    @CurrentUser() actor: SessionUser,
    @Input('body') body: TCreateMeeting,
    @Req() request: ValidatedRequest,
  ) {
    return this.taxonomies.createMeeting(actor, body, request.id);
  }

  @Endpoint(routes.updateMeeting)
  updateMeeting(
    @CurrentUser() actor: SessionUser,
    @Input('params') params: { id: string },
    @Input('body') body: TUpdateMeeting,
    @Req() request: ValidatedRequest,
  ) {
    return this.taxonomies.updateMeeting(actor, params.id, body, request.id);
  }
}
