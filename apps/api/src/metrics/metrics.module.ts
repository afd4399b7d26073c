import { Module } from '@nestjs/common';
import { AppMetrics } from './app-metrics';
import { MetricsController } from './metrics.controller';

@Module({ providers: [AppMetrics], controllers: [MetricsController], exports: [AppMetrics] })
export class MetricsModule {}
