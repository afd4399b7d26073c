import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ITEM_SORTS } from '@srt/contracts';
import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemListParams, ItemSort } from '../../../api/items/keys';
import { effectiveSort } from './browse-params';

interface ItemSearchBarProps {
  params: ItemListParams;
  onChange: (changes: Partial<ItemListParams>, options?: { replace?: boolean }) => void;
}

/** Searches as the user types (debounced), or at once on Enter; the order can be chosen beside it. */
export function ItemSearchBar({ params, onChange }: ItemSearchBarProps) {
  const { t } = useTranslation();
  const urlSearch = params.q ?? '';
  const [text, setText] = useState(urlSearch);
  const [debounced] = useDebouncedValue(text.trim(), 350);
  // What this box last put in the URL: any other change there came from outside (back button, a link).
  const written = useRef(urlSearch);

  useEffect(() => {
    if (urlSearch !== written.current) {
      written.current = urlSearch;
      setText(urlSearch);
    }
  }, [urlSearch]);

  const search = (value: string) => {
    if (value === urlSearch) return;
    written.current = value;
    // A new search is a new step in the history; refining it as one types is not.
    onChange({ q: value || undefined }, { replace: Boolean(urlSearch) && Boolean(value) });
  };

  // Only a settled change of the text searches; the URL it compares with is the latest one.
  const searchSettled = useEffectEvent(search);
  useEffect(() => searchSettled(debounced), [debounced]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    search(text.trim());
  };

  const sortOptions = ITEM_SORTS.filter((sort) => sort !== 'relevance' || params.q).map((sort) => ({
    value: sort,
    label: t(`items.sort.${sort}`),
  }));

  return (
    <Group
      component="form"
      role="search"
      aria-label={t('items.searchLabel')}
      onSubmit={submit}
      align="flex-end"
      wrap="wrap"
      gap="sm"
    >
      <TextInput
        type="search"
        label={t('items.search')}
        placeholder={t('items.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        style={{ flex: '1 1 16rem' }}
      />
      <Button type="submit" variant="default">
        {t('items.searchButton')}
      </Button>
      <Select
        label={t('items.sortLabel')}
        data={sortOptions}
        value={effectiveSort(params)}
        onChange={(value) => onChange({ sort: (value as ItemSort | null) ?? undefined })}
        allowDeselect={false}
        w={200}
      />
    </Group>
  );
}
