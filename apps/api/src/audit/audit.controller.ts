import { Controller } from '@nestjs/common';
import { type QueryOf, routes } from '@srt/contracts';
import { Endpoint, Input } from '../http/endpoint.decorator';
import { AuditService } from './audit.service';

@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Endpoint(routes.listAudit)
  list(@Input('query') query: QueryOf<typeof routes.listAudit>) {
    return this.audit.page(query);
  }
}
