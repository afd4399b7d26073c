import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { TEditionTree } from '@srt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { usePublishEdition } from '../../api/report/mutations';
import { describeError } from '../../shared/errors';
import { FormAlert } from '../../shared/forms/FormAlert';
import { notifySuccess } from '../../shared/notify';
import { coverageLink } from './report-location';

/** The suspect-link count the API gives when it refuses to publish. */
function suspectLinksOf(error: unknown): number | null {
  return error instanceof ApiError && error.is('SUSPECT_LINKS') ? error.problem.suspectLinks : null;
}

/** Publishing freezes the edition: confirmed first, and once more if links are still suspect. */
export function PublishButton({ edition }: { edition: TEditionTree }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const publish = usePublishEdition(edition.id);
  const [suspect, setSuspect] = useState<number | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const navigate = useNavigate();

  const dismiss = () => {
    setSuspect(null);
    setFormError(null);
    close();
  };
  const run = (force: boolean) => {
    setFormError(null);
    publish.mutate(force, {
      onSuccess: () => {
        notifySuccess(t('report.publish.done', { label: edition.label }));
        dismiss();
      },
      onError: (error) => {
        const count = suspectLinksOf(error);
        if (count !== null) setSuspect(count);
        else setFormError(describeError(error));
      },
    });
  };

  return (
    <>
      <Button onClick={open}>{t('report.publish.button')}</Button>
      <Modal opened={opened} onClose={dismiss} title={t('report.publish.title', { label: edition.label })}>
        <FormAlert message={formError} />
        {suspect === null ? (
          <>
            <Text>{t('report.publish.message')}</Text>
            <Group justify="flex-end" mt="lg">
              <Button variant="default" onClick={dismiss}>
                {t('common.cancel')}
              </Button>
              <Button loading={publish.isPending} onClick={() => run(false)}>
                {t('report.publish.confirm')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text role="alert">{t('report.publish.suspect', { count: suspect })}</Text>
            <Group justify="flex-end" mt="lg">
              {/* The coverage lists every suspect link, each leading to its section. */}
              <Button
                variant="default"
                onClick={() => {
                  dismiss();
                  void navigate(coverageLink());
                }}
              >
                {t('report.publish.review')}
              </Button>
              <Button color="red" loading={publish.isPending} onClick={() => run(true)}>
                {t('report.publish.anyway')}
              </Button>
            </Group>
          </>
        )}
      </Modal>
    </>
  );
}
