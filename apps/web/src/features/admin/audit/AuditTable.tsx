import { Code, Table, Text } from '@mantine/core';
import type { TAuditEntry } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../../../shared/components/ScrollableTable';
import { formatDateTime } from '../../../shared/format';

export function AuditTable({ entries }: { entries: TAuditEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Text>{t('audit.none')}</Text>;
  return (
    <ScrollableTable label={t('audit.title')} minWidth={820}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('audit.columns.time')}</Table.Th>
          <Table.Th>{t('audit.columns.actor')}</Table.Th>
          <Table.Th>{t('audit.columns.action')}</Table.Th>
          <Table.Th>{t('audit.columns.entity')}</Table.Th>
          <Table.Th>{t('audit.columns.summary')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.createdAt)}</Table.Td>
            <Table.Td>
              {entry.actor ? (
                <>
                  <Text size="sm">{entry.actor.displayName}</Text>
                  <Text size="xs" c="dimmed">
                    {entry.actor.email}
                  </Text>
                </>
              ) : (
                <Text size="sm">{t('audit.system')}</Text>
              )}
            </Table.Td>
            <Table.Td>
              <Code>{entry.action}</Code>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{entry.entityType}</Text>
              {entry.entityId && (
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {entry.entityId}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{entry.summary}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollableTable>
  );
}
