import { Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { DELIVERY_MODES, NOTIFICATION_KINDS, type TNotificationPreferences } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useUpdateNotificationPreferences } from '../../api/notifications/mutations';
import { useNotificationPreferences } from '../../api/notifications/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { notifyFailure, notifySuccess } from '../../shared/notify';
import { usePageTitle } from '../../shared/use-page-title';

type DeliveryMode = TNotificationPreferences[keyof TNotificationPreferences];

/** Per kind of event: an email at once, one daily digest, or none. Each choice is saved as it is made. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  usePageTitle(t('notificationSettings.title'));
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  const choose = (kind: keyof TNotificationPreferences, mode: DeliveryMode) =>
    update.mutate(
      { [kind]: mode },
      { onSuccess: () => notifySuccess(t('notificationSettings.saved')), onError: notifyFailure },
    );
  return (
    <Stack>
      <Title order={1}>{t('notificationSettings.title')}</Title>
      <Text>{t('notificationSettings.intro')}</Text>
      <QueryStatus query={preferences}>
        {(current) => (
          <Stack gap="sm">
            {NOTIFICATION_KINDS.map((kind) => (
              <Paper key={kind} withBorder p="sm">
                <Radio.Group
                  label={t(`notificationSettings.kinds.${kind}`)}
                  value={current[kind]}
                  onChange={(mode) => choose(kind, mode as DeliveryMode)}
                >
                  <Group mt="xs" gap="lg">
                    {DELIVERY_MODES.map((mode) => (
                      <Radio key={mode} value={mode} label={t(`notificationSettings.modes.${mode}`)} />
                    ))}
                  </Group>
                </Radio.Group>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryStatus>
    </Stack>
  );
}
