import { Module } from '@nestjs/common';
import { ItemSearchRepository } from './item-search.repository';
import { ItemSearchService } from './item-search.service';
import { ItemTallyRepository } from './item-tally.repository';
import { ItemsController } from './items.controller';
import { ItemsRepository } from './items.repository';
import { ItemsService } from './items.service';
import { TallyCompactor } from './tally-compactor';

@Module({
  controllers: [ItemsController],
  providers: [
    ItemsService,
    ItemsRepository,
    ItemSearchService,
    ItemSearchRepository,
    ItemTallyRepository,
    TallyCompactor,
  ],
  exports: [ItemsService, ItemsRepository, ItemSearchRepository],
})
export class ItemsModule {}
