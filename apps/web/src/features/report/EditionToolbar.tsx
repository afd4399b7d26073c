import { Anchor, Button, Group, Select } from '@mantine/core';
import type { TEditionTree } from '@srt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { editionDocumentUrl, useEditions } from '../../api/report/queries';
import { isSecretariat } from '../auth/access';
import { useSignedInUser } from '../auth/signed-in-user';
import { NewEditionButton } from './NewEditionButton';
import { PublishButton } from './PublishButton';

/** Downloads, comparison with another edition, and (for the Secretariat) publishing and starting the next edition. */
export function EditionToolbar({ edition }: { edition: TEditionTree }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const navigate = useNavigate();
  const editions = useEditions();
  // By default, what changed since the edition this one is based on.
  const [other, setOther] = useState<string | null>(edition.basedOnId);
  const others = (editions.data ?? [])
    .filter((each) => each.id !== edition.id)
    .map((each) => ({ value: each.id, label: each.label }));
  const manages = isSecretariat(me.role);

  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Group gap="sm">
        <Anchor href={editionDocumentUrl(edition.id, 'html')} target="_blank" rel="noopener">
          {t('report.document.html')}
        </Anchor>
        <Anchor href={editionDocumentUrl(edition.id, 'md')} download>
          {t('report.document.md')}
        </Anchor>
      </Group>
      {others.length > 0 && (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Select
            label={t('report.compare.with')}
            data={others}
            value={other}
            onChange={setOther}
            w={200}
            allowDeselect={false}
          />
          <Button
            variant="default"
            disabled={!other}
            onClick={() => other && void navigate(`/report/compare/${other}/${edition.id}`)}
          >
            {t('report.compare.button')}
          </Button>
        </Group>
      )}
      {manages && (
        <Group gap="sm">
          {edition.status === 'DRAFT' && <PublishButton edition={edition} />}
          <NewEditionButton edition={edition} />
        </Group>
      )}
    </Group>
  );
}
