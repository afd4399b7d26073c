import type { TItemKind } from '@srt/contracts';
import { Prisma } from '../generated/prisma/client';
import { fieldIssue, type FieldIssue } from '../http/problems';
import {
  fieldsOf,
  fileColumnOf,
  KIND_FIELDS,
  OWN_COLUMN_FIELDS,
  type DescribedField,
  type ValueShape,
} from '../items/item-kinds';
import { LIST_SEPARATOR, orNull, splitList, type ItemColumn } from './item-columns';

/** The organisation a field names, joined to the exported item under this alias. */
const organisationAlias = (field: DescribedField) => `named_${fileColumnOf(field)}`;

/** A kind's own column as the export writes it: text, '' where the item has none. */
function exported(field: (typeof OWN_COLUMN_FIELDS)[number]): string {
  const column = `i.${field.column}`;
  if (field.shape === 'list') return `array_to_string(${column}::text[], '${LIST_SEPARATOR}')`;
  if (field.shape === 'organisation') return `coalesce(${organisationAlias(field)}.name, '')`;
  if (field.type === 'date') return `coalesce(to_char(${column}, 'YYYY-MM-DD'), '')`;
  return `coalesce(${column}::text, '')`;
}

/** The export statement's select list for every kind's own columns, each under its file column's name. */
export const KIND_EXPORT_COLUMNS = Prisma.raw(
  OWN_COLUMN_FIELDS.map((field) => `${exported(field)} AS ${fileColumnOf(field)}`).join(', '),
);

/**
 * The joins `KIND_EXPORT_COLUMNS` reads the organisations' names from: a join, because a subquery
 * per row makes a 60,000-row export eight times slower.
 */
export const KIND_EXPORT_JOINS = Prisma.raw(
  OWN_COLUMN_FIELDS.filter((field) => field.shape === 'organisation')
    .map(
      (field) =>
        `LEFT JOIN organisation ${organisationAlias(field)} ON ${organisationAlias(field)}.id = i.${field.column}`,
    )
    .join('\n'),
);

/** Each kind's content field under the file column that carries it, to place the schema's issues. */
export const KIND_FILE_COLUMN: Record<string, ItemColumn> = Object.fromEntries(
  KIND_FIELDS.map((field) => [field.field, fileColumnOf(field)]),
);

/** A cell as the kind's schema expects the field before checking it. */
const CELL_VALUE: Record<Exclude<ValueShape, 'organisation'>, (cell: string | undefined) => unknown> = {
  list: splitList,
  text: (cell) => cell ?? '',
  code: (cell) => (cell ?? '').trim(),
  optional: orNull,
};

/**
 * A file row's values of the kind's own fields, for the kind's schema to check. An organisation is
 * named in the file: `report` hears of a name that `organisations` (id by name) does not know.
 */
export function kindCandidate(
  kind: TItemKind,
  row: Partial<Record<ItemColumn, string>>,
  organisations: Map<string, string>,
  report: (issue: FieldIssue) => void,
): Record<string, unknown> {
  const valueOf = (field: DescribedField) => {
    const column = fileColumnOf(field);
    if (field.shape !== 'organisation') return CELL_VALUE[field.shape](row[column]);
    const name = orNull(row[column]);
    const id = name ? organisations.get(name) : undefined;
    if (name && !id) report(fieldIssue(column, 'UNKNOWN_ORGANISATION_NAME', { value: name }));
    return id;
  };
  return Object.fromEntries(fieldsOf(kind).map((field) => [field.field, valueOf(field)]));
}
