import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { InsightController } from './insight.controller';
import { StatsRepository } from './stats.repository';

@Module({ imports: [ItemsModule], controllers: [InsightController], providers: [StatsRepository] })
export class InsightModule {}
