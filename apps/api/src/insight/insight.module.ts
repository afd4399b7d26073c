import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { InsightController } from './insight.controller';
import { InsightService } from './insight.service';
import { StatsRepository } from './stats.repository';

@Module({ imports: [ItemsModule], controllers: [InsightController], providers: [InsightService, StatsRepository] })
export class InsightModule {}
