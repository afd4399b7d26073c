import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportModule } from '../report/report.module';
import { TriageRepository } from './triage.repository';
import { TriageService } from './triage.service';
import { WorkflowController } from './workflow.controller';
import { WorkflowRepository } from './workflow.repository';
import { WorkflowService } from './workflow.service';

@Module({
  imports: [ItemsModule, NotificationsModule, ReportModule],
  controllers: [WorkflowController],
  providers: [WorkflowService, WorkflowRepository, TriageService, TriageRepository],
  exports: [WorkflowService],
})
export class WorkflowModule {}
