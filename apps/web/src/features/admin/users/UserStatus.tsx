import { Badge, Group } from '@mantine/core';
import type { TUser } from '@srt/contracts';
import { useTranslation } from 'react-i18next';

export function UserStatus({ user }: { user: TUser }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <Badge variant="dot" color={user.active ? 'green' : 'gray'}>
        {user.active ? t('common.active') : t('common.inactive')}
      </Badge>
      {user.active && !user.hasPassword && (
        <Badge variant="dot" color="yellow">
          {t('users.invitationPending')}
        </Badge>
      )}
    </Group>
  );
}
