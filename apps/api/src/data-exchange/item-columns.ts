import { fileColumnOf, OWN_COLUMN_FIELDS, type KindFileColumn } from '../items/item-kinds';

const COMMON_COLUMNS = [
  'reference',
  'kind',
  'status',
  'title',
  'summary',
  'body',
  'technologies',
  'source',
  'meeting',
  'document_ref',
  'language',
  'organisation',
  'author',
  'country',
] as const;
const TIMESTAMP_COLUMNS = ['created_at', 'updated_at', 'submitted_at', 'decided_at'] as const;

export type ItemColumn = (typeof COMMON_COLUMNS)[number] | KindFileColumn | (typeof TIMESTAMP_COLUMNS)[number];
export type ItemRecord = Record<ItemColumn, string>;

/**
 * The columns of the export, in order: the common ones, each kind's own (the pilot's country is the
 * common `country`), the timestamps; the import reads the same ones. Documented in the README:
 * list values (technologies, addressees, partners) are separated by ";".
 */
export const ITEM_COLUMNS: readonly ItemColumn[] = [
  ...COMMON_COLUMNS,
  ...OWN_COLUMN_FIELDS.map(fileColumnOf),
  ...TIMESTAMP_COLUMNS,
];

export const LIST_SEPARATOR = ';';
export const splitList = (value: string | undefined) =>
  (value ?? '')
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
/** A cell's trimmed text, or null for an empty one. */
export const orNull = (value: string | undefined) => (value && value.trim() ? value.trim() : null);

/**
 * CSV formula injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return as a formula. Such a cell is exported with a `'` in front, which the
 * spreadsheet shows as text. A cell that already starts with quotes before one of those characters
 * gets one more, so that `restoreCell` undoes exactly what `neutraliseCell` did and an exported
 * file imports back to the same text.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
export const neutraliseCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
export const restoreCell = (value: string) => (/^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value);
