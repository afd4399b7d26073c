import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { TTriageEntry, TWorkflowAction } from '@srt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollableTable } from '../../shared/components/ScrollableTable';
import { itemPath } from '../items/item-path';
import { ItemKindBadge } from '../items/ItemKindBadge';
import { ItemStatusBadge } from '../items/ItemStatusBadge';
import { TechnologyBadges } from '../items/TechnologyBadges';
import { secretariatActions } from './secretariat-actions';
import { TransitionDialog } from './TransitionDialog';

interface Pending {
  reference: string;
  action: TWorkflowAction;
}

export function TriageTable({ entries }: { entries: TTriageEntry[] }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  if (entries.length === 0) return <Text>{t('triage.empty')}</Text>;
  return (
    <>
      <ScrollableTable label={t('triage.queue')} minWidth={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('triage.columns.item')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('triage.columns.age')}</Table.Th>
            <Table.Th>{t('triage.columns.reviewer')}</Table.Th>
            <Table.Th>{t('triage.columns.duplicates')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.reference}>
              <Table.Td>
                <Stack gap={4}>
                  <Group gap="xs">
                    <Text span ff="monospace" size="sm" fw={600}>
                      {entry.reference}
                    </Text>
                    <ItemKindBadge kind={entry.kind} />
                  </Group>
                  <Anchor component={Link} to={itemPath(entry.reference)} fw={600}>
                    {entry.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {entry.author.displayName} · {entry.author.organisation}
                  </Text>
                  <TechnologyBadges technologies={entry.technologies} />
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ItemStatusBadge status={entry.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('triage.days', { count: entry.ageInStatusDays })}</Table.Td>
              <Table.Td>{entry.reviewer?.displayName ?? t('triage.unassigned')}</Table.Td>
              <Table.Td>
                {entry.likelyDuplicates > 0 ? (
                  <Badge variant="dot" color="orange">
                    {entry.likelyDuplicates}
                  </Badge>
                ) : (
                  '0'
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="wrap">
                  {secretariatActions(entry.status).map((action) => (
                    <Button
                      key={action}
                      size="xs"
                      variant="default"
                      aria-label={t('triage.actionOn', {
                        action: t(`workflow.actions.${action}.label`),
                        reference: entry.reference,
                      })}
                      onClick={() => setPending({ reference: entry.reference, action })}
                    >
                      {t(`workflow.actions.${action}.label`)}
                    </Button>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollableTable>
      <TransitionDialog
        reference={pending?.reference ?? ''}
        action={pending?.action ?? null}
        onClose={() => setPending(null)}
      />
    </>
  );
}
