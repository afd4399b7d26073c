import { Module } from '@nestjs/common';
import { ItemSearchRepository } from './item-search.repository';
import { ItemSearchService } from './item-search.service';
import { ItemsController } from './items.controller';
import { ItemsRepository } from './items.repository';
import { ItemsService } from './items.service';

@Module({
  controllers: [ItemsController],
  providers: [ItemsService, ItemsRepository, ItemSearchService, ItemSearchRepository],
  exports: [ItemsService, ItemsRepository, ItemSearchRepository],
})
export class ItemsModule {}
