import { Controller, Headers, Req, Res } from '@nestjs/common';
import { type BodyOf, type ParamsOf, type QueryOf, routes } from '@srt/contracts';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import type { ValidatedRequest } from '../http/validated-request';
import { ItemSearchService } from './item-search.service';
import { ItemsService } from './items.service';

@Controller()
export class ItemsController {
  constructor(
    private readonly items: ItemsService,
    private readonly search: ItemSearchService,
  ) {}

  @Endpoint(routes.listItems)
  list(@CurrentUser() user: SessionUser, @Input('query') query: QueryOf<typeof routes.listItems>) {
    return this.search.page(user, query);
  }

  @Endpoint(routes.itemFacets)
  facets(@CurrentUser() user: SessionUser, @Input('query') query: QueryOf<typeof routes.itemFacets>) {
    return this.search.facets(user, query);
  }

  @Endpoint(routes.similarToTitle)
  similarToTitle(@CurrentUser() user: SessionUser, @Input('query') query: QueryOf<typeof routes.similarToTitle>) {
    return this.search.similarToTitle(user, query.title, query.kind);
  }

  @Endpoint(routes.createItem)
  async create(
    @CurrentUser() user: SessionUser,
    @Input('body') body: BodyOf<typeof routes.createItem>,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: ValidatedRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { item, replayed } = await this.items.create(user, body, idempotencyKey, request.id);
    response.setHeader('Location', `/api/v1/items/${item.reference}`);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return item;
  }

  @Endpoint(routes.getItem)
  get(@CurrentUser() user: SessionUser, @Input('params') params: ParamsOf<typeof routes.getItem>) {
    return this.items.get(params.ref, user);
  }

  @Endpoint(routes.updateItem)
  update(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.updateItem>,
    @Input('body') body: BodyOf<typeof routes.updateItem>,
    @Req() request: ValidatedRequest,
  ) {
    return this.items.update(user, params.ref, body, request.id);
  }

  @Endpoint(routes.deleteItem)
  delete(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.deleteItem>,
    @Req() request: ValidatedRequest,
  ) {
    return this.items.delete(user, params.ref, request.id);
  }

  @Endpoint(routes.listRevisions)
  revisions(@CurrentUser() user: SessionUser, @Input('params') params: ParamsOf<typeof routes.listRevisions>) {
    return this.items.revisions(user, params.ref);
  }

  @Endpoint(routes.getRevision)
  revision(@CurrentUser() user: SessionUser, @Input('params') params: ParamsOf<typeof routes.getRevision>) {
    return this.items.revision(user, params.ref, params.n);
  }

  @Endpoint(routes.diffRevisions)
  diff(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.diffRevisions>,
    @Input('query') query: QueryOf<typeof routes.diffRevisions>,
  ) {
    return this.items.diff(user, params.ref, query.from, query.to);
  }

  @Endpoint(routes.similarItems)
  similar(@CurrentUser() user: SessionUser, @Input('params') params: ParamsOf<typeof routes.similarItems>) {
    return this.search.similarTo(user, params.ref);
  }

  @Endpoint(routes.createLink)
  link(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.createLink>,
    @Input('body') body: BodyOf<typeof routes.createLink>,
    @Req() request: ValidatedRequest,
  ) {
    return this.items.addLink(user, params.ref, body, request.id);
  }

  @Endpoint(routes.deleteLink)
  unlink(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.deleteLink>,
    @Input('query') query: QueryOf<typeof routes.deleteLink>,
    @Req() request: ValidatedRequest,
  ) {
    return this.items.removeLink(user, params.ref, query, request.id);
  }
}
