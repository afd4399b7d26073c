import { Controller } from '@nestjs/common';
import { routes } from '@srt/contracts';
import { Endpoint, Input } from '../http/endpoint.decorator';
import { ReportService } from './report.service';

@Controller()
export class ReportController {
  constructor(private readonly report: ReportService) {}

  @Endpoint(routes.listEditions)
  editions() {
    return this.report.editions();
  }

  @Endpoint(routes.getEdition)
  edition(@Input('params') params: { id: string }) {
    return this.report.edition(params.id);
  }
}
