import { Group, Select, TextInput } from '@mantine/core';
import { ZRole, type TRole } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { roleOptions } from '../../../shared/options';

interface UserFiltersProps {
  search: string;
  onSearchChange: (search: string) => void;
  role: TRole | null;
  onRoleChange: (role: TRole | null) => void;
}

export function UserFilters({ search, onSearchChange, role, onRoleChange }: UserFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" wrap="wrap" role="search" aria-label={t('users.filters')}>
      <TextInput
        type="search"
        label={t('users.search')}
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        miw={220}
        style={{ flex: 1 }}
      />
      <Select
        label={t('users.roleFilter')}
        placeholder={t('users.allRoles')}
        data={roleOptions()}
        value={role}
        onChange={(value) => onRoleChange(value ? ZRole.parse(value) : null)}
        clearable
        w={200}
      />
    </Group>
  );
}
