import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { LINK_TYPES, ZCreateLink, type TItem } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCreateLink, useDeleteLink } from '../../../api/items/mutations';
import { ConfirmActionButton } from '../../../shared/components/ConfirmActionButton';
import { fieldErrorText } from '../../../shared/forms/field-error';
import { FormAlert } from '../../../shared/forms/FormAlert';
import { FormSelect } from '../../../shared/forms/FormSelect';
import { useServerForm } from '../../../shared/forms/use-server-form';
import { notifyFailure } from '../../../shared/notify';
import { itemPath } from '../item-path';
import { ItemStatusBadge } from '../ItemStatusBadge';

const FIELDS = ['target', 'type'] as const;

/** Typed links in both directions: "supports REC-0003" here shows as "supported by" on REC-0003. */
export function ItemLinks({ item }: { item: TItem }) {
  const { t } = useTranslation();
  const removeLink = useDeleteLink(item.reference);
  if (item.links.length === 0 && !item.permissions.link) return null;
  return (
    <Stack component="section" gap="xs" aria-labelledby="item-links">
      <Title order={2} size="h3" id="item-links">
        {t('item.links.title')}
      </Title>
      {item.links.length === 0 ? (
        <Text size="sm">{t('item.links.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {item.links.map((link) => (
            <Group component="li" key={`${link.direction}-${link.type}-${link.reference}`} gap="xs" wrap="wrap">
              <Text span size="sm" fw={600}>
                {t(`item.links.${link.direction}.${link.type}`)}
              </Text>
              <Anchor component={Link} to={itemPath(link.reference)} size="sm">
                {link.reference} · {link.title}
              </Anchor>
              <ItemStatusBadge status={link.status} />
              {/* A link belongs to the item it starts from: it is removed there. */}
              {item.permissions.link && link.direction === 'outgoing' && (
                <ConfirmActionButton
                  label={t('item.links.remove')}
                  accessibleLabel={t('item.links.removeNamed', { reference: link.reference })}
                  title={t('item.links.removeTitle', { reference: link.reference })}
                  message={t('item.links.removeMessage')}
                  confirmLabel={t('item.links.remove')}
                  color="red"
                  loading={removeLink.isPending}
                  onConfirm={() =>
                    removeLink.mutateAsync({ target: link.reference, type: link.type }).catch(notifyFailure)
                  }
                />
              )}
            </Group>
          ))}
        </Stack>
      )}
      {item.permissions.link && <AddLinkForm reference={item.reference} />}
    </Stack>
  );
}

function AddLinkForm({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const createLink = useCreateLink(reference);
  const {
    register,
    control,
    reset,
    formState: { errors },
    formError,
    submitWith,
  } = useServerForm(ZCreateLink, {
    defaultValues: { target: '', type: 'SUPPORTS' },
    fields: FIELDS,
  });
  const submit = submitWith(createLink, () => reset());
  return (
    <form noValidate onSubmit={submit} aria-label={t('item.links.add')}>
      <Stack gap="xs">
        <FormAlert message={formError} />
        <Group align="flex-start" wrap="wrap" gap="sm">
          <FormSelect
            control={control}
            name="type"
            label={t('item.links.type')}
            data={LINK_TYPES.map((type) => ({ value: type, label: t(`item.links.outgoing.${type}`) }))}
            allowDeselect={false}
            w={180}
          />
          <TextInput
            label={t('item.links.target')}
            placeholder="REC-0001"
            {...register('target', { setValueAs: (value: string) => value.trim().toUpperCase() })}
            error={fieldErrorText(errors.target)}
            w={160}
          />
          <Button type="submit" variant="default" mt={24} loading={createLink.isPending}>
            {t('item.links.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
