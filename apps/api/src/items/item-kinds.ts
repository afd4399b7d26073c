import {
  ZLessonContent,
  ZPilotContent,
  ZRecommendationContent,
  type TItemContent,
  type TItemKind,
} from '@srt/contracts';
import type { z } from 'zod';

/**
 * How a kind's own value is kept, which decides how each layer writes and reads it:
 * - `list`: an array, `[]` for items of other kinds, `a;b` in a file;
 * - `text`: free text the kind asks for, `''` when the row has none;
 * - `code`: a value the kind requires (an enum, a date, a country), trimmed from a file;
 * - `optional`: a value that may be absent, `null` (an empty cell in a file);
 * - `organisation`: an organisation's id, which a file names by the organisation's name.
 */
export type ValueShape = 'list' | 'text' | 'code' | 'optional' | 'organisation';

/** The fields every kind's content has: `keyof` a union keeps only the keys all its members share. */
type CommonField = keyof TItemContent;
type ContentOf<K extends TItemKind> = Extract<TItemContent, { kind: K }>;
/** The content fields only kind `K` has. */
export type OwnField<K extends TItemKind> = Exclude<keyof ContentOf<K>, CommonField>;

/** One field of a kind: where the item table keeps it, and how the item answer and the export file name it. */
export type KindField<K extends TItemKind> = {
  /** The content field, as the contract, the ORM and `ItemRecord` name it. */
  field: OwnField<K>;
  /** The item table's column. */
  column: string;
  shape: ValueShape;
  /** The column of the export (and of the import) when it is not the table's. */
  fileColumn?: string;
  /** The item answer's field when the answer gives more than the id the content holds. */
  answer?: 'administration';
} & (
  | {
      /** The PostgreSQL type a written value is cast to. */
      type: string;
      commonColumn?: never;
    }
  | {
      type?: never;
      /**
       * A column every item has, which the item's common columns write and export: the pilot's
       * country is the item's country, which the other kinds take from their organisation.
       */
      commonColumn: true;
    }
);

interface KindDescription<K extends TItemKind> {
  /** What an author's content of this kind must pass. */
  schema: z.ZodType<ContentOf<K>>;
  /** The kind's own fields, in the contract's order (which the item answer and the export keep). */
  fields: readonly KindField<K>[];
}

/** Each item kind described once: every layer that stores, answers, exports or imports an item reads this. */
export const ITEM_KINDS_DESCRIBED = {
  RECOMMENDATION: {
    schema: ZRecommendationContent,
    fields: [
      { field: 'addressees', column: 'addressees', type: '"Addressee"[]', shape: 'list' },
      { field: 'priority', column: 'priority', type: '"Priority"', shape: 'optional' },
    ],
  },
  LESSON: {
    schema: ZLessonContent,
    fields: [
      { field: 'context', column: 'context', type: 'text', shape: 'text' },
      { field: 'lesson', column: 'lesson', type: 'text', shape: 'text' },
    ],
  },
  PILOT: {
    schema: ZPilotContent,
    fields: [
      {
        field: 'administrationId',
        column: 'administration_id',
        type: 'uuid',
        shape: 'organisation',
        fileColumn: 'administration',
        answer: 'administration',
      },
      { field: 'country', column: 'country', shape: 'code', commonColumn: true },
      { field: 'partners', column: 'partners', type: 'text[]', shape: 'list' },
      { field: 'startDate', column: 'start_date', type: 'date', shape: 'code' },
      { field: 'endDate', column: 'end_date', type: 'date', shape: 'optional' },
      { field: 'stage', column: 'stage', type: '"PilotStage"', shape: 'code' },
      { field: 'outcomes', column: 'outcomes', type: 'text', shape: 'text' },
    ],
  },
} as const satisfies { [K in TItemKind]: KindDescription<K> };

type Descriptions = typeof ITEM_KINDS_DESCRIBED;

/** Fails to compile when a kind's content has a field its description leaves out. */
type Undescribed = { [K in TItemKind]: Exclude<OwnField<K>, Descriptions[K]['fields'][number]['field']> }[TItemKind];
type NoneLeft<T extends never> = T;
type _EveryFieldDescribed = NoneLeft<Undescribed>;

/** A field of any kind, with the kind it belongs to. */
export type DescribedField = { [K in TItemKind]: KindField<K> & { kind: K } }[TItemKind];

/** Every kind's fields, kinds in contract order: the order of their columns in statements and in the export. */
export const KIND_FIELDS = Object.entries(ITEM_KINDS_DESCRIBED).flatMap(([kind, { fields }]) =>
  fields.map((field) => ({ ...field, kind }) as DescribedField),
);

/** One kind's fields, in its order. */
export const fieldsOf = (kind: TItemKind) => KIND_FIELDS.filter((field) => field.kind === kind);

/** The fields kept in columns of their kind's own, which items of the other kinds leave empty. */
export const OWN_COLUMN_FIELDS = KIND_FIELDS.filter(
  (field): field is DescribedField & { type: string } => !field.commonColumn,
);

export type OwnColumnField = Extract<Descriptions[TItemKind]['fields'][number], { type: string }>['field'];

/** What an item of another kind holds in the field's column. */
export const emptyValue = (field: { shape: ValueShape }): [] | null => (field.shape === 'list' ? [] : null);

/** The kind's content schema, for content whose kind is known only at run time. */
export const contentSchema = (kind: TItemKind) => ITEM_KINDS_DESCRIBED[kind].schema as z.ZodType<TItemContent>;

/** The kind `name` names, if it names one. */
export const kindNamed = (name: string): TItemKind | undefined =>
  (Object.keys(ITEM_KINDS_DESCRIBED) as TItemKind[]).find((kind) => kind === name);

/** The export's (and the import's) column for a field: its `fileColumn`, or else its table column. */
type FileColumnOf<F> = F extends { fileColumn: infer C } ? C : F extends { column: infer C } ? C : never;
export type KindFileColumn = FileColumnOf<Descriptions[TItemKind]['fields'][number]>;
export const fileColumnOf = (field: DescribedField) => (field.fileColumn ?? field.column) as KindFileColumn;

type Intersection<U> = (U extends unknown ? (each: U) => void : never) extends (all: infer I) => void ? I : never;
type AllOwnValues = Intersection<{ [K in TItemKind]: Pick<ContentOf<K>, OwnField<K>> }[TItemKind]>;
/** An item row's kind-specific values: each empty (`null`, or `[]` for a list) on items of other kinds. */
export type KindValues = {
  [F in keyof AllOwnValues]: AllOwnValues[F] extends readonly unknown[] ? AllOwnValues[F] : AllOwnValues[F] | null;
};
