import { Button } from '@mantine/core';
import type { TTechnology } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useUpdateTechnology } from '../../../api/technologies/mutations';
import { currentLanguage } from '../../../i18n';
import { ConfirmActionButton } from '../../../shared/components/ConfirmActionButton';
import { notifyFailure, notifySuccess } from '../../../shared/notify';
import { technologyName } from '../../../shared/technology-name';

/** Deactivating hides a technology from new items, so it asks first; reactivating is harmless. */
export function TechnologyActiveToggle({ technology }: { technology: TTechnology }) {
  const { t } = useTranslation();
  const update = useUpdateTechnology();
  const name = technologyName(technology, currentLanguage());
  const setActive = (active: boolean) =>
    update
      .mutateAsync({ slug: technology.slug, changes: { active } })
      .then(
        () => notifySuccess(t(active ? 'technologies.reactivated' : 'technologies.deactivated', { name })),
        notifyFailure,
      );

  if (!technology.active) {
    return (
      <Button
        size="xs"
        variant="default"
        aria-label={t('technologies.reactivateNamed', { name })}
        loading={update.isPending}
        onClick={() => void setActive(true)}
      >
        {t('technologies.reactivate')}
      </Button>
    );
  }
  return (
    <ConfirmActionButton
      label={t('technologies.deactivate')}
      accessibleLabel={t('technologies.deactivateNamed', { name })}
      title={t('technologies.deactivateTitle', { name })}
      message={t('technologies.deactivateMessage')}
      confirmLabel={t('technologies.deactivate')}
      color="red"
      loading={update.isPending}
      onConfirm={() => setActive(false)}
    />
  );
}
