import { Controller, Req, Res } from '@nestjs/common';
import {
  routes,
  type TCreateChapter,
  type TCreateEdition,
  type TCreateSection,
  type TCreateTrace,
  type TUpdateChapter,
  type TUpdateSection,
} from '@srt/contracts';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { isStaff, type SessionUser } from '../auth/session-user';
import { Endpoint, Input } from '../http/endpoint.decorator';
import type { ValidatedRequest } from '../http/validated-request';
import { ReportViewsService } from './report-views.service';
import type { TraceScope } from './report.repository';
import { ReportService } from './report.service';

type IdParams = { id: string };

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
    @Input('body') body: TCreateEdition,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.createEdition(user, body, request.id);
  }

  @Endpoint(routes.getEdition)
  edition(@CurrentUser() user: SessionUser, @Input('params') params: IdParams) {
    return this.report.edition(params.id, traceScopeOf(user));
  }

  @Endpoint(routes.updateEdition)
  updateEdition(
    @CurrentUser() user: SessionUser,
    @Input('params') params: IdParams,
    @Input('body') body: { label: string },
    @Req() request: ValidatedRequest,
  ) {
    return this.report.renameEdition(user, params.id, body.label, request.id);
  }

  @Endpoint(routes.publishEdition)
  publish(
    @CurrentUser() user: SessionUser,
    @Input('params') params: IdParams,
    @Input('body') body: { force: boolean },
    @Req() request: ValidatedRequest,
  ) {
    return this.report.publish(user, params.id, body.force, request.id);
  }

  @Endpoint(routes.createChapter)
  createChapter(
    @CurrentUser() user: SessionUser,
    @Input('params') params: IdParams,
    @Input('body') body: TCreateChapter,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.createChapter(user, params.id, body, request.id);
  }

  @Endpoint(routes.updateChapter)
  updateChapter(
    @CurrentUser() user: SessionUser,
    @Input('params') params: IdParams,
    @Input('body') body: TUpdateChapter,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.updateChapter(user, params.id, body, request.id);
  }

  @Endpoint(routes.deleteChapter)
  deleteChapter(@CurrentUser() user: SessionUser, @Input('params') params: IdParams, @Req() request: ValidatedRequest) {
    return this.report.deleteChapter(user, params.id, request.id);
  }

  @Endpoint(routes.createSection)
  createSection(
    @CurrentUser() user: SessionUser,
    @Input('params') params: IdParams,
    @Input('body') body: TCreateSection,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.createSection(user, params.id, body, request.id);
  }

  @Endpoint(routes.updateSection)
  updateSection(
    @CurrentUser() user: SessionUser,
    @Input('params') params: IdParams,
    @Input('body') body: TUpdateSection,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.updateSection(user, params.id, body, request.id);
  }

  @Endpoint(routes.deleteSection)
  deleteSection(@CurrentUser() user: SessionUser, @Input('params') params: IdParams, @Req() request: ValidatedRequest) {
    return this.report.deleteSection(user, params.id, request.id);
  }

  @Endpoint(routes.createTrace)
  createTrace(
    @CurrentUser() user: SessionUser,
    @Input('params') params: { sectionId: string },
    @Input('body') body: TCreateTrace,
    @Req() request: ValidatedRequest,
  ) {
    return this.report.createTrace(user, params.sectionId, body, request.id);
  }

  @Endpoint(routes.deleteTrace)
  deleteTrace(@CurrentUser() user: SessionUser, @Input('params') params: IdParams, @Req() request: ValidatedRequest) {
    return this.report.deleteTrace(user, params.id, request.id);
  }

  @Endpoint(routes.confirmTrace)
  confirmTrace(@CurrentUser() user: SessionUser, @Input('params') params: IdParams, @Req() request: ValidatedRequest) {
    return this.report.confirmTrace(user, params.id, request.id);
  }

  @Endpoint(routes.editionCoverage)
  coverage(@CurrentUser() user: SessionUser, @Input('params') params: IdParams) {
    return this.views.coverage(params.id, traceScopeOf(user));
  }

  @Endpoint(routes.editionDocument)
  async document(
    @Input('params') params: IdParams,
    @Input('query') query: { format: 'md' | 'html' },
    @Res({ passthrough: true }) response: Response,
  ) {
    const document = await this.views.document(params.id, query.format);
    response.setHeader('Content-Type', document.contentType);
    response.setHeader('Content-Disposition', `inline; filename="${document.filename}"`);
    return document.body;
  }

  @Endpoint(routes.editionDiff)
  diff(@CurrentUser() user: SessionUser, @Input('params') params: { id: string; otherId: string }) {
    return this.views.diff(params.id, params.otherId, traceScopeOf(user));
  }
}
