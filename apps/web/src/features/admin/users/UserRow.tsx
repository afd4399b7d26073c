import { Select, Table, Text } from '@mantine/core';
import { ZRole, type TUpdateUser, type TUser } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useUpdateUser } from '../../../api/users/mutations';
import { notifyFailure, notifySuccess } from '../../../shared/notify';
import { roleOptions } from '../../../shared/options';
import { UserActiveToggle } from './UserActiveToggle';
import { UserStatus } from './UserStatus';

interface UserRowProps {
  user: TUser;
  organisationOptions: { value: string; label: string }[];
}

/** One user, with their organisation and role changeable in place. */
export function UserRow({ user, organisationOptions }: UserRowProps) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const name = user.displayName;
  const change = (changes: TUpdateUser, done: string) =>
    update.mutate({ id: user.id, changes }, { onSuccess: () => notifySuccess(done), onError: notifyFailure });

  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600}>{name}</Text>
        <Text size="sm" c="dimmed">
          {user.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t('users.organisationOf', { name })}
          data={organisationOptions}
          value={user.organisation.id}
          onChange={(organisationId) => {
            if (organisationId && organisationId !== user.organisation.id)
              change({ organisationId }, t('users.organisationChanged', { name }));
          }}
          allowDeselect={false}
          searchable
          disabled={update.isPending}
        />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t('users.roleOf', { name })}
          data={roleOptions()}
          value={user.role}
          onChange={(role) => {
            if (role && role !== user.role) change({ role: ZRole.parse(role) }, t('users.roleChanged', { name }));
          }}
          allowDeselect={false}
          disabled={update.isPending}
        />
      </Table.Td>
      <Table.Td>
        <UserStatus user={user} />
      </Table.Td>
      <Table.Td>
        <UserActiveToggle user={user} />
      </Table.Td>
    </Table.Tr>
  );
}
