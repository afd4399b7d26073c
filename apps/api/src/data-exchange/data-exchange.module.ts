import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { DataExchangeController } from './data-exchange.controller';
import { ExportRepository } from './export.repository';
import { ExportService } from './export.service';
import { ImportRepository } from './import.repository';
import { ImportService } from './import.service';

@Module({
  imports: [ItemsModule, WorkflowModule, NotificationsModule],
  controllers: [DataExchangeController],
  providers: [ExportService, ExportRepository, ImportService, ImportRepository],
})
export class DataExchangeModule {}
