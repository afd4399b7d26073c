import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ITEM_STATUSES } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFirstItems, useItemFacets } from '../../api/items/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { ItemLinkList } from './ItemLinkList';

const RECENT = 5;

/** How many items there are in each status, and the latest accepted ones. */
export function ItemOverview() {
  const { t } = useTranslation();
  const facets = useItemFacets({});
  const recent = useFirstItems({ status: ['ACCEPTED'], sort: 'updated' }, RECENT);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper component="section" withBorder p="md" aria-labelledby="home-statuses">
        <Title order={2} size="h4" mb="xs" id="home-statuses">
          {t('home.byStatus')}
        </Title>
        <QueryStatus query={facets}>
          {(counts) => (
            <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
              {ITEM_STATUSES.map((status) => ({
                status,
                count: counts.status.find((entry) => entry.value === status)?.count ?? 0,
              }))
                .filter((entry) => entry.count > 0)
                .map(({ status, count }) => (
                  <Group component="li" key={status} justify="space-between">
                    <Anchor component={Link} to={`/items?status=${status}`} size="sm">
                      {t(`itemStatus.${status}`)}
                    </Anchor>
                    <Text size="sm" fw={600}>
                      {count}
                    </Text>
                  </Group>
                ))}
            </Stack>
          )}
        </QueryStatus>
      </Paper>
      <Paper component="section" withBorder p="md" aria-labelledby="home-recent">
        <Title order={2} size="h4" mb="xs" id="home-recent">
          {t('home.recentAccepted')}
        </Title>
        <QueryStatus query={recent}>
          {(page) =>
            page.items.length === 0 ? (
              <Text size="sm">{t('home.noAccepted')}</Text>
            ) : (
              <ItemLinkList items={page.items} label={t('home.recentAccepted')} />
            )
          }
        </QueryStatus>
      </Paper>
    </SimpleGrid>
  );
}
