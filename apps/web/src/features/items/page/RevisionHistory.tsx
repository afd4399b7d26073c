import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevisions } from '../../../api/items/queries';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { formatDateTime } from '../../../shared/format';
import { RevisionDiff } from './RevisionDiff';

/** Every saved version of the content, and what changed between any two of them. */
export function RevisionHistory({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const revisions = useRevisions(reference);
  const newest = revisions.data?.[0]?.number;
  // Open on the latest change: the revision before the newest against the newest. A choice holds
  // until a save adds a revision, which opens on the latest change again.
  const [chosen, setChosen] = useState<{ newest: number | undefined; from: number | null; to: number | null }>();
  const { from, to } =
    chosen?.newest === newest && chosen
      ? chosen
      : { from: newest !== undefined && newest > 1 ? newest - 1 : null, to: newest ?? null };
  const setFrom = (value: number | null) => setChosen({ newest, from: value, to });
  const setTo = (value: number | null) => setChosen({ newest, from, to: value });

  return (
    <Stack component="section" gap="sm" aria-labelledby="item-revisions">
      <Title order={2} size="h3" id="item-revisions">
        {t('item.revisions.title')}
      </Title>
      <QueryStatus query={revisions}>
        {(list) => {
          const options = list.map((revision) => ({
            value: String(revision.number),
            label: t('item.revisions.option', {
              number: revision.number,
              editor: revision.editor.displayName,
              date: formatDateTime(revision.createdAt),
            }),
          }));
          if (list.length < 2) return <Text size="sm">{t('item.revisions.onlyOne')}</Text>;
          return (
            <Stack gap="sm">
              <Group grow wrap="wrap" align="flex-start">
                <Select
                  label={t('item.revisions.from')}
                  data={options}
                  value={from === null ? null : String(from)}
                  onChange={(value) => setFrom(value ? Number(value) : null)}
                  allowDeselect={false}
                  miw={220}
                />
                <Select
                  label={t('item.revisions.to')}
                  data={options}
                  value={to === null ? null : String(to)}
                  onChange={(value) => setTo(value ? Number(value) : null)}
                  allowDeselect={false}
                  miw={220}
                />
              </Group>
              {from !== null &&
                to !== null &&
                (from === to ? (
                  <Text size="sm">{t('item.revisions.same')}</Text>
                ) : (
                  <RevisionDiff reference={reference} from={from} to={to} />
                ))}
            </Stack>
          );
        }}
      </QueryStatus>
    </Stack>
  );
}
