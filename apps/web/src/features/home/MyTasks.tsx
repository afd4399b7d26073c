import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { routes, TRIAGE_STATUSES } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFirstItems } from '../../api/items/queries';
import { useTriageCounts } from '../../api/workflow/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { isSecretariat, mayUse } from '../auth/access';
import { useSignedInUser } from '../auth/signed-in-user';
import { ItemLinkList } from './ItemLinkList';

const SHOWN = 10;

/** What waits for the user: the review queue for the Secretariat; their own items to rework, and drafts, for authors. */
export function MyTasks() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const writes = mayUse(me.role, routes.createItem.access);
  if (!writes && !isSecretariat(me.role)) return null;
  return (
    <Stack component="section" aria-labelledby="home-tasks" gap="sm">
      <Title order={2} id="home-tasks">
        {t('home.tasks')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {isSecretariat(me.role) && <QueueCounts />}
        {writes && (
          <>
            <OwnItems
              title={t('home.changesRequested')}
              empty={t('home.noChangesRequested')}
              status="CHANGES_REQUESTED"
            />
            <OwnItems title={t('home.drafts')} empty={t('home.noDrafts')} status="DRAFT" />
          </>
        )}
      </SimpleGrid>
    </Stack>
  );
}

function QueueCounts() {
  const { t } = useTranslation();
  const counts = useTriageCounts();
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="xs">
        {t('home.queue')}
      </Title>
      <QueryStatus query={counts}>
        {(byStatus) => (
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
            {TRIAGE_STATUSES.map((status) => (
              <Group component="li" key={status} justify="space-between">
                <Anchor component={Link} to={`/triage?status=${status}`} size="sm">
                  {t(`itemStatus.${status}`)}
                </Anchor>
                <Text size="sm" fw={600}>
                  {byStatus[status] ?? 0}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </QueryStatus>
    </Paper>
  );
}

function OwnItems({ title, empty, status }: { title: string; empty: string; status: 'CHANGES_REQUESTED' | 'DRAFT' }) {
  const { t } = useTranslation();
  const items = useFirstItems({ mine: true, status: [status] }, SHOWN);
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      <QueryStatus query={items}>
        {(page) =>
          page.items.length === 0 ? (
            <Text size="sm">{empty}</Text>
          ) : (
            <Stack gap="xs">
              <ItemLinkList items={page.items} label={title} />
              {page.nextCursor && (
                <Anchor component={Link} to={`/items?mine=true&status=${status}`} size="sm">
                  {t('home.seeAll')}
                </Anchor>
              )}
            </Stack>
          )
        }
      </QueryStatus>
    </Paper>
  );
}
