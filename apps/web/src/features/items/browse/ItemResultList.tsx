import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TItemSummary } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format';
import { itemPath } from '../item-path';
import { ItemKindBadge } from '../ItemKindBadge';
import { ItemStatusBadge } from '../ItemStatusBadge';
import { TechnologyBadges } from '../TechnologyBadges';
import { Snippet } from './Snippet';

interface ItemResultListProps {
  items: TItemSummary[];
  /** How many items match in all (from the facet counts). */
  total: number | undefined;
  searching: boolean;
}

export function ItemResultList({ items, total, searching }: ItemResultListProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {/* Announced to screen readers whenever a filter or search changes the results. */}
      <Text role="status" aria-live="polite" fw={600}>
        {total !== undefined ? t('items.resultCount', { count: total }) : ''}
      </Text>
      {items.length === 0 ? (
        <Text>{searching ? t('items.noMatch') : t('items.none')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('items.results')}>
          {items.map((item) => (
            <ItemResult key={item.reference} item={item} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function ItemResult({ item }: { item: TItemSummary }) {
  const { t } = useTranslation();
  const organisation = item.organisation.country
    ? `${item.organisation.name} (${item.organisation.country})`
    : item.organisation.name;
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text span ff="monospace" size="sm" fw={600}>
            {item.reference}
          </Text>
          <ItemKindBadge kind={item.kind} />
          <ItemStatusBadge status={item.status} />
        </Group>
        <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={itemPath(item.reference)} inherit>
            {item.title}
          </Anchor>
        </Title>
        {item.snippet && item.snippet.length > 0 ? (
          <Snippet parts={item.snippet} />
        ) : (
          item.summary && (
            <Text size="sm" lineClamp={2}>
              {item.summary}
            </Text>
          )
        )}
        <TechnologyBadges technologies={item.technologies} />
        <Text size="sm" c="dimmed">
          {organisation} · {t('items.updatedOn', { date: formatDate(item.updatedAt) })}
        </Text>
      </Stack>
    </Paper>
  );
}
