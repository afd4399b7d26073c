import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { EndorsementsController } from './endorsements.controller';
import { EndorsementsRepository } from './endorsements.repository';
import { EndorsementsService } from './endorsements.service';

@Module({
  imports: [ItemsModule],
  controllers: [EndorsementsController],
  providers: [EndorsementsService, EndorsementsRepository],
})
export class EndorsementsModule {}
