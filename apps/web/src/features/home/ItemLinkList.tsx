import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { TItemSummary } from '@srt/contracts';
import { Link } from 'react-router';
import { itemPath } from '../items/item-path';
import { ItemStatusBadge } from '../items/ItemStatusBadge';

/** A compact list of items: reference, title as a link, status. */
export function ItemLinkList({ items, label }: { items: TItemSummary[]; label: string }) {
  return (
    <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map((item) => (
        // On a phone the status goes below the title rather than squeezing it to a word per line.
        <Group component="li" key={item.reference} gap="xs" wrap="wrap" align="flex-start">
          <Text span ff="monospace" size="sm" style={{ flexShrink: 0 }}>
            {item.reference}
          </Text>
          <Anchor
            component={Link}
            to={itemPath(item.reference)}
            size="sm"
            style={{ flex: '1 1 10rem', minWidth: 0, overflowWrap: 'anywhere' }}
          >
            {item.title}
          </Anchor>
          <ItemStatusBadge status={item.status} />
        </Group>
      ))}
    </Stack>
  );
}
