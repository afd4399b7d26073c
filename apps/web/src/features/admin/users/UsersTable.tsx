import { Table, Text } from '@mantine/core';
import type { TOrganisation, TUser } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../../../shared/components/ScrollableTable';
import { UserRow } from './UserRow';

export function UsersTable({ users, organisations }: { users: TUser[]; organisations: TOrganisation[] }) {
  const { t } = useTranslation();
  if (users.length === 0) return <Text>{t('users.none')}</Text>;
  const organisationOptions = organisations.map((organisation) => ({
    value: organisation.id,
    label: organisation.name,
  }));
  return (
    <ScrollableTable label={t('users.title')} minWidth={860}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('users.columns.user')}</Table.Th>
          <Table.Th>{t('users.columns.organisation')}</Table.Th>
          <Table.Th>{t('users.columns.role')}</Table.Th>
          <Table.Th>{t('users.columns.status')}</Table.Th>
          <Table.Th>{t('users.columns.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {users.map((user) => (
          <UserRow key={user.id} user={user} organisationOptions={organisationOptions} />
        ))}
      </Table.Tbody>
    </ScrollableTable>
  );
}
