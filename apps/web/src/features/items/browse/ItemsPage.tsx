import { Button, Collapse, Grid, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { routes } from '@srt/contracts';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ItemListParams } from '../../../api/items/keys';
import { useItemFacets, useItemPages } from '../../../api/items/queries';
import { LoadMoreButton } from '../../../shared/components/LoadMoreButton';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { useAfterFirstPaint } from '../../../shared/use-after-first-paint';
import { usePageTitle } from '../../../shared/use-page-title';
import { mayUse } from '../../auth/access';
import { useSignedInUser } from '../../auth/signed-in-user';
import { NewItemMenu } from '../NewItemMenu';
import { ExportLinks } from './ExportLinks';
import { filtersOf, readBrowseParams, writeBrowseParams } from './browse-params';
import { ItemFilterPanel } from './ItemFilterPanel';
import { ItemResultList } from './ItemResultList';
import { ItemSearchBar } from './ItemSearchBar';

const FILTERS_ID = 'item-filters';

/** Browse and search items; every choice is kept in the URL (shareable, and the back button undoes it). */
export function ItemsPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readBrowseParams(searchParams), [searchParams]);
  const filters = useMemo(() => filtersOf(params), [params]);
  const pages = useItemPages(params);
  const facets = useItemFacets(filters);
  const mayCreate = mayUse(me.role, routes.createItem.access);
  // Mantine's "md" breakpoint: below it the filters fold away behind a button. Read at once, so that
  // wide screens do not see the filters unfold on every visit.
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [filtersOpened, filtersToggle] = useDisclosure(false);
  // The filters (dozens of options) render just after the results have been painted.
  const filtersReady = useAfterFirstPaint();
  const title = params.mine ? t('items.mineTitle') : t('items.title');
  usePageTitle(title);

  const update = useCallback(
    (changes: Partial<ItemListParams>, options: { replace?: boolean } = {}) => {
      setSearchParams((current) => {
        const next = { ...readBrowseParams(current), ...changes };
        // Relevance ranks a search: once the search is cleared, the default order applies again.
        if (!next.q && next.sort === 'relevance') next.sort = undefined;
        return writeBrowseParams(next);
      }, options);
    },
    [setSearchParams],
  );

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{title}</Title>
        <Group gap="xs">
          <ExportLinks searchParams={searchParams} />
          {mayCreate && <NewItemMenu />}
        </Group>
      </Group>
      {mayCreate && (
        <SegmentedControl
          aria-label={t('items.scope')}
          value={params.mine ? 'mine' : 'all'}
          onChange={(value) => update({ mine: value === 'mine' || undefined })}
          data={[
            { value: 'all', label: t('items.scopeAll') },
            { value: 'mine', label: t('items.scopeMine') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      <ItemSearchBar params={params} onChange={update} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Button
            hiddenFrom="md"
            variant="default"
            fullWidth
            onClick={filtersToggle.toggle}
            aria-expanded={filtersOpened}
            aria-controls={FILTERS_ID}
          >
            {t(filtersOpened ? 'items.filters.hide' : 'items.filters.show')}
          </Button>
          <Collapse in={Boolean(wide) || filtersOpened} id={FILTERS_ID}>
            {filtersReady && <ItemFilterPanel params={params} facets={facets.data} onChange={update} />}
          </Collapse>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack>
            <QueryStatus query={pages}>
              {(data) => (
                <ItemResultList
                  items={data.pages.flatMap((page) => page.items)}
                  total={facets.data?.total}
                  searching={Boolean(params.q)}
                />
              )}
            </QueryStatus>
            <LoadMoreButton query={pages} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
