import { Controller, Req, Res } from '@nestjs/common';
import { type BodyOf, type ParamsOf, type QueryOf, routes } from '@srt/contracts';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { isStaff, type SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import type { ValidatedRequest } from '../http/validated-request';
import { ReportViewsService } from './report-views.service';
import type { TraceScope } from './report.repository';
import { ReportService } from './report.service';

/** The Secretariat sees links whose item left the accepted state; everyone else only the report's own. */
const traceScopeOf = (user: SessionUser): TraceScope => (isStaff(user) ? 'all' : 'accepted');

@Controller()
export class ReportController {
  constructor(
    private readonly report: ReportService,
    private readonly views: ReportViewsService,
  ) {}

  @Endpoint(routes.listEditions)
  editions() {
    return this.report.editions();
  }

  @Endpoint(routes.createEdition)
  createEdition(
    @CurrentUser() user: SessionUser,
    @Input('body') body: BodyOf<typeof routes.createEdition>,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.createEdition(user, body, request.id);
  }

  @Endpoint(routes.getEdition)
  edition(@CurrentUser() user: SessionUser, @Input('params') params: ParamsOf<typeof routes.getEdition>) {
    return this.report.edition(params.id, traceScopeOf(user));
  }

  @Endpoint(routes.updateEdition)
  updateEdition(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.updateEdition>,
    @Input('body') body: BodyOf<typeof routes.updateEdition>,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.renameEdition(user, params.id, body.label, request.id);
  }

  @Endpoint(routes.publishEdition)
  publish(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.publishEdition>,
    @Input('body') body: BodyOf<typeof routes.publishEdition>,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.publish(user, params.id, body.force, request.id);
  }

  @Endpoint(routes.createChapter)
  createChapter(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.createChapter>,
    @Input('body') body: BodyOf<typeof routes.createChapter>,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.createChapter(user, params.id, body, request.id);
  }

  @Endpoint(routes.updateChapter)
  updateChapter(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.updateChapter>,
    @Input('body') body: BodyOf<typeof routes.updateChapter>,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.updateChapter(user, params.id, body, request.id);
  }

  @Endpoint(routes.deleteChapter)
  deleteChapter(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.deleteChapter>,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.deleteChapter(user, params.id, request.id);
  }

  @Endpoint(routes.createSection)
  createSection(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.createSection>,
    @Input('body') body: BodyOf<typeof routes.createSection>,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.createSection(user, params.id, body, request.id);
  }

  @Endpoint(routes.updateSection)
  updateSection(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.updateSection>,
    @Input('body') body: BodyOf<typeof routes.updateSection>,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.updateSection(user, params.id, body, request.id);
  }

  @Endpoint(routes.deleteSection)
  deleteSection(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.deleteSection>,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.deleteSection(user, params.id, request.id);
  }

  @Endpoint(routes.createTrace)
  createTrace(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.createTrace>,
    @Input('body') body: BodyOf<typeof routes.createTrace>,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.createTrace(user, params.sectionId, body, request.id);
  }

  @Endpoint(routes.deleteTrace)
  deleteTrace(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.deleteTrace>,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.deleteTrace(user, params.id, request.id);
  }

  @Endpoint(routes.confirmTrace)
  confirmTrace(
    @CurrentUser() user: SessionUser,
    @Input('params') params: ParamsOf<typeof routes.confirmTrace>,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.confirmTrace(user, params.id, request.id);
  }

  @Endpoint(routes.editionCoverage)
  coverage(@CurrentUser() user: SessionUser, @Input('params') params: ParamsOf<typeof routes.editionCoverage>) {
    return this.views.coverage(params.id, traceScopeOf(user));
  }

  @Endpoint(routes.editionDocument)
  async document(
    @Input('params') params: ParamsOf<typeof routes.editionDocument>,
    @Input('query') query: QueryOf<typeof routes.editionDocument>,
    @Res({ passthrough: true }) response: Response,
  ) {
    const document = await this.views.document(params.id, query.format);
    response.setHeader('Content-Type', document.contentType);
    response.setHeader('Content-Disposition', `inline; filename="${document.filename}"`);
    return document.body;
  }

  @Endpoint(routes.editionDiff)
  diff(@CurrentUser() user: SessionUser, @Input('params') params: ParamsOf<typeof routes.editionDiff>) {
    return this.views.diff(params.id, params.otherId, traceScopeOf(user));
  }
}
