import { Controller } from '@nestjs/common';
import { routes, type TAuditQuery } from '@srt/contracts';
import { Endpoint, Input } from '../http/endpoint.decorator';
import { AuditService } from './audit.service';

@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Endpoint(routes.listAudit)
  list(@Input('query') query: TAuditQuery) {
    return this.audit.page(query);
  }
}
