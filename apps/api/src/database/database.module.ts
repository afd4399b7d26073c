import { Global, Module } from '@nestjs/common';
import { AfterResponse } from './after-response';
import { PrismaService } from './prisma.service';

@Global()
@Module({ providers: [AfterResponse, PrismaService], exports: [AfterResponse, PrismaService] })
export class DatabaseModule {}
