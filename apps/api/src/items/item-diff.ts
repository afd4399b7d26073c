import { ITEM_CONTENT_FIELDS, type TItemDiff } from '@srt/contracts';
import { diffWords } from 'diff';
import { KIND_FIELDS } from './item-kinds';

/** Fields compared word by word; everything else is compared as a whole value. */
const TEXT_FIELDS = new Set<string>([
  'title',
  'summary',
  'body',
  ...KIND_FIELDS.filter((field) => field.shape === 'text').map((field) => field.field),
]);

/** The order fields appear in on the forms; snapshots stored as jsonb lose their key order. */
const FIELD_ORDER: string[] = ['kind', ...new Set(Object.values(ITEM_CONTENT_FIELDS).flat())];
const position = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);

/** Field-level differences between two content snapshots, text fields as word diffs. */
export function diffContents(from: Record<string, unknown>, to: Record<string, unknown>): TItemDiff['changes'] {
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort((a, b) => position(a) - position(b));
  return fields
    .filter((field) => JSON.stringify(from[field] ?? null) !== JSON.stringify(to[field] ?? null))
    .map((field) => {
      const before = from[field] ?? null;
      const after = to[field] ?? null;
      const words = TEXT_FIELDS.has(field)
        ? diffWords(String(before ?? ''), String(after ?? '')).map((part) => ({
            value: part.value,
            added: Boolean(part.added),
            removed: Boolean(part.removed),
          }))
        : null;
      return { field, before, after, words };
    });
}
