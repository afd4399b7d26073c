import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { ZCreateUser, type TOrganisation } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useInviteUser } from '../../../api/users/mutations';
import { fieldErrorText } from '../../../shared/forms/field-error';
import { FormAlert } from '../../../shared/forms/FormAlert';
import { FormSelect } from '../../../shared/forms/FormSelect';
import { useServerForm } from '../../../shared/forms/use-server-form';
import { notifySuccess } from '../../../shared/notify';
import { languageOptions, roleOptions } from '../../../shared/options';

const FIELDS = ['email', 'displayName', 'organisationId', 'role', 'preferredLanguage'] as const;

interface InviteUserDialogProps {
  opened: boolean;
  onClose: () => void;
  organisations: TOrganisation[];
}

/** Creates an account without a password; the API emails the person a link to choose one. */
export function InviteUserDialog({ opened, onClose, organisations }: InviteUserDialogProps) {
  const { t } = useTranslation();
  const invite = useInviteUser();
  const {
    register,
    control,
    reset,
    formState: { errors },
    formError,
    setFormError,
    submitWith,
  } = useServerForm(ZCreateUser, {
    defaultValues: { email: '', displayName: '', role: 'MEMBER', preferredLanguage: 'en' },
    fields: FIELDS,
  });

  const close = () => {
    reset();
    setFormError(null);
    onClose();
  };
  const submit = submitWith(invite, (user) => {
    notifySuccess(t('users.invited', { email: user.email }));
    close();
  });

  return (
    <Modal opened={opened} onClose={close} title={t('users.inviteTitle')} size="md">
      <form noValidate onSubmit={submit}>
        <Stack>
          <FormAlert message={formError} />
          <TextInput
            label={t('users.fields.email')}
            type="email"
            autoComplete="off"
            required
            {...register('email')}
            error={fieldErrorText(errors.email)}
          />
          <TextInput
            label={t('users.fields.displayName')}
            autoComplete="off"
            required
            {...register('displayName')}
            error={fieldErrorText(errors.displayName)}
          />
          <FormSelect
            control={control}
            name="organisationId"
            label={t('users.fields.organisation')}
            data={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
            searchable
            required
          />
          <FormSelect
            control={control}
            name="role"
            label={t('users.fields.role')}
            data={roleOptions()}
            allowDeselect={false}
            required
          />
          <FormSelect
            control={control}
            name="preferredLanguage"
            label={t('users.fields.language')}
            description={t('users.fields.languageHelp')}
            data={languageOptions()}
            allowDeselect={false}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {t('users.sendInvitation')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
