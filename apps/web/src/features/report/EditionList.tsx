import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEditions } from '../../api/report/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { formatDate } from '../../shared/format';
import { EditionStatusBadge } from './EditionStatusBadge';

/** The report's editions, newest first, each a link to its table of contents. */
export function EditionList() {
  const { t } = useTranslation();
  const editions = useEditions();
  return (
    <QueryStatus query={editions}>
      {(list) =>
        list.length === 0 ? (
          <Text>{t('report.noEditions')}</Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.map((edition) => (
              <Paper component="li" key={edition.id} withBorder p="sm">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Anchor component={Link} to={`/report/${edition.id}`} fw={600}>
                    {edition.label}
                  </Anchor>
                  <EditionStatusBadge status={edition.status} />
                </Group>
                <Text size="sm" c="dimmed">
                  {t('report.chapters', { count: edition.chapterCount })}
                  {edition.publishedAt && ` · ${t('report.publishedOn', { date: formatDate(edition.publishedAt) })}`}
                </Text>
              </Paper>
            ))}
          </Stack>
        )
      }
    </QueryStatus>
  );
}
