import { Anchor, Badge, List, Stack, Text, Title } from '@mantine/core';
import type { TItem } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Where the item is used in the report: edition › chapter › section, each a link to that section. */
export function ItemUsage({ usages }: { usages: TItem['usedIn'] }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" gap="xs" aria-labelledby="item-usage">
      <Title order={2} size="h3" id="item-usage">
        {t('item.usedIn')}
      </Title>
      {usages.length === 0 ? (
        <Text size="sm">{t('item.notUsed')}</Text>
      ) : (
        <List spacing="xs" size="sm">
          {usages.map((usage) => (
            <List.Item key={`${usage.sectionId}`}>
              <Anchor component={Link} to={`/report/${usage.editionId}#${usage.anchor}`} size="sm">
                {t('item.usagePath', { edition: usage.edition, chapter: usage.chapter, section: usage.section })}
              </Anchor>{' '}
              {usage.suspect && (
                <Badge variant="dot" color="orange" size="sm">
                  {t('report.suspect')}
                </Badge>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
