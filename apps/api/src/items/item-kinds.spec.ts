import { ZItemContent } from '@srt/contracts';
import { fieldsOf, ITEM_KINDS_DESCRIBED } from './item-kinds';

describe('ITEM_KINDS_DESCRIBED', () => {
  it("lists each kind's own content fields in the contract's order", () => {
    for (const [kind, { schema }] of Object.entries(ITEM_KINDS_DESCRIBED)) {
      const own = Object.keys((schema as unknown as { shape: object }).shape).filter(
        (field) => !ZItemContent.options.every((each) => field in each.shape),
      );
      expect(fieldsOf(kind as keyof typeof ITEM_KINDS_DESCRIBED).map((field) => field.field)).toEqual(own);
    }
  });
});
