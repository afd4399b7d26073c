import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Indicator,
  Popover,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { TNotification } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMarkNotificationsRead } from '../../api/notifications/mutations';
import { useLatestNotifications } from '../../api/notifications/queries';
import { formatDateTime } from '../../shared/format';
import { notifyFailure } from '../../shared/notify';

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's bell: unread count (refreshed every minute), the latest notifications, and marking them read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, { close, toggle }] = useDisclosure(false);
  const notifications = useLatestNotifications();
  const markRead = useMarkNotificationsRead();
  const navigate = useNavigate();
  const unread = notifications.data?.unread ?? 0;
  const list = notifications.data?.items ?? [];

  const open = (notification: TNotification) => {
    close();
    if (!notification.read) markRead.mutate([notification.id], { onError: notifyFailure });
    void navigate(`/items/${encodeURIComponent(notification.item.reference)}`);
  };

  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? undefined : close())}
      position="bottom-end"
      width={340}
      shadow="md"
      trapFocus
      returnFocus
    >
      <Popover.Target>
        {/* The button itself is the target: the popover's aria-expanded and aria-controls belong on it. */}
        <ActionIcon variant="subtle" size="lg" onClick={toggle} aria-label={t('notifications.bell', { count: unread })}>
          <Indicator label={unread > 99 ? '99+' : unread} disabled={unread === 0} size={16} offset={2}>
            <BellIcon />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p="sm">
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={700}>{t('notifications.title')}</Text>
            <Button
              size="xs"
              variant="subtle"
              disabled={unread === 0}
              loading={markRead.isPending}
              onClick={() => markRead.mutate(undefined, { onError: notifyFailure })}
            >
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          {list.length === 0 ? (
            <Text size="sm">{t('notifications.none')}</Text>
          ) : (
            <Stack component="ul" gap={4} p={0} m={0} mah={360} style={{ listStyle: 'none', overflowY: 'auto' }}>
              {list.map((notification) => (
                <li key={notification.id}>
                  <UnstyledButton
                    onClick={() => open(notification)}
                    p={6}
                    w="100%"
                    style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                    bg={notification.read ? undefined : 'var(--mantine-color-blue-light)'}
                  >
                    <Text size="sm" fw={notification.read ? 400 : 700}>
                      {t(`notifications.kinds.${notification.kind}`, { actor: notification.actor.displayName })}
                      {!notification.read && <VisuallyHidden> ({t('notifications.unread')})</VisuallyHidden>}
                    </Text>
                    <Text size="sm" lineClamp={2}>
                      {notification.item.reference} · {notification.item.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(notification.createdAt)}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          )}
          <Anchor component={Link} to="/settings/notifications" size="sm" onClick={close}>
            {t('notifications.settings')}
          </Anchor>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
