import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { TItem } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDeleteItem } from '../../../api/items/mutations';
import { ConfirmActionButton } from '../../../shared/components/ConfirmActionButton';
import { notifyFailure, notifySuccess } from '../../../shared/notify';
import { editItemPath } from '../item-path';
import { ItemKindBadge } from '../ItemKindBadge';
import { ItemStatusBadge } from '../ItemStatusBadge';

export function ItemHeader({ item }: { item: TItem }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteItem();
  const deleteDraft = () =>
    remove.mutateAsync(item.reference).then(() => {
      notifySuccess(t('item.deleted', { reference: item.reference }));
      void navigate('/items?mine=true', { replace: true });
    }, notifyFailure);
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <Text span ff="monospace" fw={700}>
          {item.reference}
        </Text>
        <ItemKindBadge kind={item.kind} />
        <ItemStatusBadge status={item.status} />
      </Group>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {item.title}
      </Title>
      {(item.permissions.edit || item.permissions.delete) && (
        <Group gap="sm">
          {item.permissions.edit && (
            <Button component={Link} to={editItemPath(item.reference)} variant="default">
              {t('item.edit')}
            </Button>
          )}
          {item.permissions.delete && (
            <ConfirmActionButton
              label={t('item.delete')}
              accessibleLabel={t('item.deleteNamed', { reference: item.reference })}
              title={t('item.deleteTitle', { reference: item.reference })}
              message={t('item.deleteMessage')}
              confirmLabel={t('item.delete')}
              color="red"
              loading={remove.isPending}
              onConfirm={deleteDraft}
            />
          )}
        </Group>
      )}
    </Stack>
  );
}
