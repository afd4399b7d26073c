import { Table, Text } from '@mantine/core';
import type { TOrganisation } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../../../shared/components/ScrollableTable';

export function OrganisationsTable({ organisations }: { organisations: TOrganisation[] }) {
  const { t } = useTranslation();
  if (organisations.length === 0) return <Text>{t('organisations.none')}</Text>;
  return (
    <ScrollableTable label={t('organisations.title')} minWidth={560}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('organisations.columns.name')}</Table.Th>
          <Table.Th>{t('organisations.columns.type')}</Table.Th>
          <Table.Th>{t('organisations.columns.country')}</Table.Th>
          <Table.Th>{t('organisations.columns.users')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {organisations.map((organisation) => (
          <Table.Tr key={organisation.id}>
            <Table.Td>{organisation.name}</Table.Td>
            <Table.Td>{t(`organisationTypes.${organisation.type}`)}</Table.Td>
            <Table.Td>{organisation.country ?? '—'}</Table.Td>
            <Table.Td>{organisation.userCount}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollableTable>
  );
}
