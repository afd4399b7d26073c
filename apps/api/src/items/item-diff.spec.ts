import { diffContents } from './item-diff';

describe('diffContents', () => {
  it('lists only changed fields, text as words and other values whole', () => {
    const changes = diffContents(
      { title: 'Share AEO data on a blockchain', technologies: ['blockchain'], priority: 'LOW', language: 'en' },
      {
        title: 'Share AEO data on a permissioned blockchain',
        technologies: ['blockchain', 'iot'],
        priority: 'LOW',
        language: 'en',
      },
    );
    expect(changes.map((change) => change.field)).toEqual(['title', 'technologies']);
    const title = changes[0];
    expect(title.words?.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['permissioned']);
    expect(title.words?.some((part) => part.removed)).toBe(false);
    expect(changes[1]).toMatchObject({ before: ['blockchain'], after: ['blockchain', 'iot'], words: null });
  });

  it('treats a field that appears or disappears as a change from or to null', () => {
    expect(diffContents({ endDate: null }, { endDate: '2020-01-01' })).toEqual([
      { field: 'endDate', before: null, after: '2020-01-01', words: null },
    ]);
  });
});
