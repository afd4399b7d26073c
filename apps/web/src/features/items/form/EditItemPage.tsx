import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import type { TItem } from '@srt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { useUpdateItem } from '../../../api/items/mutations';
import { useItem } from '../../../api/items/queries';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { notifySuccess } from '../../../shared/notify';
import { usePageTitle } from '../../../shared/use-page-title';
import { itemPath } from '../item-path';
import { changesBetween, valuesOf } from './item-form-values';
import { ItemForm } from './ItemForm';

/** `/items/:reference/edit`: sends only the changed fields, with the version the form was loaded at. */
export function EditItemPage() {
  const { reference = '' } = useParams();
  const item = useItem(reference);
  // Bumped by "reload" after a conflict: the form is then rebuilt from the item as it is now.
  const [generation, setGeneration] = useState(0);
  const reload = () => item.refetch().then(() => setGeneration((current) => current + 1));
  return (
    <QueryStatus query={item}>
      {(data) =>
        data.permissions.edit ? (
          <EditItem key={generation} item={data} onReload={reload} />
        ) : (
          <Navigate to={itemPath(data.reference)} replace />
        )
      }
    </QueryStatus>
  );
}

function EditItem({ item, onReload }: { item: TItem; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const title = t('itemForm.editTitle', { reference: item.reference });
  usePageTitle(title);
  const navigate = useNavigate();
  const update = useUpdateItem();
  const [stale, setStale] = useState(false);
  // What the form was loaded with: the base of the changes and the version they are made against.
  const [loaded] = useState(() => ({ values: valuesOf(item), version: item.version }));

  return (
    <Stack>
      <Title order={1}>{title}</Title>
      {stale && (
        <Alert color="orange" variant="light" role="alert" title={t('itemForm.staleTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('itemForm.staleText')}</Text>
            <Button size="xs" variant="default" onClick={() => void onReload()}>
              {t('itemForm.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      <ItemForm
        defaultValues={loaded.values}
        reference={item.reference}
        submitLabel={t('itemForm.saveChanges')}
        saving={update.isPending}
        onCancel={() => void navigate(itemPath(item.reference))}
        onSave={(content, { showServerError, allowLeaving }) => {
          const leave = () => {
            allowLeaving();
            void navigate(itemPath(item.reference));
          };
          const changes = changesBetween(loaded.values, content, loaded.version);
          if (!changes) return leave();
          update.mutate(
            { reference: item.reference, changes },
            {
              onSuccess: () => {
                notifySuccess(t('itemForm.changesSaved', { reference: item.reference }));
                leave();
              },
              onError: (error) => {
                if (error instanceof ApiError && error.is('STALE_VERSION')) setStale(true);
                else showServerError(error);
              },
            },
          );
        }}
      />
    </Stack>
  );
}
