import { Module } from '@nestjs/common';
import { ReportViewsService } from './report-views.service';
import { ReportStructureRepository } from './report-structure.repository';
import { ReportController } from './report.controller';
import { ReportRepository } from './report.repository';
import { ReportService } from './report.service';

@Module({
  controllers: [ReportController],
  providers: [ReportService, ReportViewsService, ReportRepository, ReportStructureRepository],
  exports: [ReportRepository],
})
export class ReportModule {}
