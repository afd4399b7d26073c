import { Badge, Code, Table } from '@mantine/core';
import type { TSourceBody } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../../../shared/components/ScrollableTable';

export function SourcesTable({ sources }: { sources: TSourceBody[] }) {
  const { t } = useTranslation();
  return (
    <ScrollableTable label={t('taxonomies.sources')} minWidth={600}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('sources.fields.slug')}</Table.Th>
          <Table.Th>{t('sources.fields.name')}</Table.Th>
          <Table.Th>{t('sources.fields.kind')}</Table.Th>
          <Table.Th>{t('common.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sources.map((source) => (
          <Table.Tr key={source.id}>
            <Table.Td>
              <Code>{source.slug}</Code>
            </Table.Td>
            <Table.Td>{source.name}</Table.Td>
            <Table.Td>{t(`sourceKinds.${source.kind}`)}</Table.Td>
            <Table.Td>
              <Badge variant="dot" color={source.active ? 'green' : 'gray'} miw="max-content">
                {source.active ? t('common.active') : t('common.inactive')}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollableTable>
  );
}
