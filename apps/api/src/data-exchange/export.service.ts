import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { TItemFilters } from '@srt/contracts';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { SessionUser } from '../auth/session-user';
import { ExportRepository } from './export.repository';
import { ITEM_COLUMNS, neutraliseCell } from './item-columns';

const BATCH = 1000;
// Spreadsheet programs read a CSV as UTF-8 (French accents intact) only when it starts with a BOM.
const UTF8_BOM = '\uFEFF';

@Injectable()
export class ExportService {
  constructor(private readonly exports: ExportRepository) {}

  /** Yields the filtered items batch by batch; never more than one batch in memory. */
  private async *rows(user: SessionUser, filters: TItemFilters) {
    let after: { created: string; id: string } | undefined;
    for (;;) {
      const batch = await this.exports.batch(user, filters, after, BATCH);
      for (const row of batch) yield ITEM_COLUMNS.map((column) => row[column]);
      if (batch.length < BATCH) return;
      const last = batch[batch.length - 1];
      after = { created: last.cursor_created, id: last.id };
    }
  }

  async csv(user: SessionUser, filters: TItemFilters, output: Writable): Promise<void> {
    // Every cell quoted and formula-like cells neutralised, as OWASP recommends for CSV.
    const stringifier = stringify({
      header: true,
      columns: [...ITEM_COLUMNS],
      bom: false,
      quoted: true,
      cast: { string: neutraliseCell },
    });
    stringifier.pipe(output);
    output.write(UTF8_BOM);
    for await (const row of this.rows(user, filters)) {
      if (!stringifier.write(row)) await once(stringifier, 'drain');
    }
    stringifier.end();
    await once(stringifier, 'end');
  }

  /** Cells are typed strings in XLSX, never formulas: they stay as they are. */
  async xlsx(user: SessionUser, filters: TItemFilters, output: Writable): Promise<void> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: false,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('Items');
    sheet.addRow([...ITEM_COLUMNS]).commit();
    for await (const row of this.rows(user, filters)) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  }
}
