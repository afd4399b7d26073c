import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { DataExchangeController } from './data-exchange.controller';
import { ExportRepository } from './export.repository';
import { ExportService } from './export.service';
import { ImportService } from './import.service';

@Module({
  imports: [ItemsModule],
  controllers: [DataExchangeController],
  providers: [ExportService, ExportRepository, ImportService],
})
export class DataExchangeModule {}
