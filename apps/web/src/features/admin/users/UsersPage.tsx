import { Button, Group, Stack, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import type { TRole } from '@srt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisations } from '../../../api/organisations/queries';
import { useUsers } from '../../../api/users/queries';
import { LoadMoreButton } from '../../../shared/components/LoadMoreButton';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { usePageTitle } from '../../../shared/use-page-title';
import { InviteUserDialog } from './InviteUserDialog';
import { UserFilters } from './UserFilters';
import { UsersTable } from './UsersTable';

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<TRole | null>(null);
  // Searching as the user types, but not on every keystroke.
  const [q] = useDebouncedValue(search.trim(), 300);
  const users = useUsers({ q: q || undefined, role: role ?? undefined });
  const organisations = useOrganisations();
  const [inviting, invitation] = useDisclosure(false);

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('users.title')}</Title>
        <Button onClick={invitation.open}>{t('users.invite')}</Button>
      </Group>
      <UserFilters search={search} onSearchChange={setSearch} role={role} onRoleChange={setRole} />
      <QueryStatus query={users}>
        {(data) => (
          <UsersTable users={data.pages.flatMap((page) => page.items)} organisations={organisations.data ?? []} />
        )}
      </QueryStatus>
      <LoadMoreButton query={users} />
      <InviteUserDialog opened={inviting} onClose={invitation.close} organisations={organisations.data ?? []} />
    </Stack>
  );
}
