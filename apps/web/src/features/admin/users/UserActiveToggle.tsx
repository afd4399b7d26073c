import type { TUser } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useUpdateUser } from '../../../api/users/mutations';
import { ConfirmActionButton } from '../../../shared/components/ConfirmActionButton';
import { notifyFailure, notifySuccess } from '../../../shared/notify';

/** Deactivating ends the user's sessions at once, so both directions ask for confirmation first. */
export function UserActiveToggle({ user }: { user: TUser }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const name = user.displayName;
  const verb = user.active ? 'deactivate' : 'reactivate';
  const toggle = () =>
    update
      .mutateAsync({ id: user.id, changes: { active: !user.active } })
      .then(() => notifySuccess(t(`users.${verb}d`, { name })), notifyFailure);
  return (
    <ConfirmActionButton
      label={t(`users.${verb}`)}
      accessibleLabel={t(`users.${verb}User`, { name })}
      title={t(`users.${verb}Title`, { name })}
      message={t(`users.${verb}Message`)}
      confirmLabel={t(`users.${verb}`)}
      color={user.active ? 'red' : undefined}
      loading={update.isPending}
      onConfirm={toggle}
    />
  );
}
