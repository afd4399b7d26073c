import { Chip, Group, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { TRIAGE_STATUSES } from '@srt/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TriageFilters, TriageStatus } from '../../api/workflow/keys';
import { useTechnologies } from '../../api/technologies/queries';
import { useTriage } from '../../api/workflow/queries';
import { currentLanguage } from '../../i18n';
import { LoadMoreButton } from '../../shared/components/LoadMoreButton';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { technologyName } from '../../shared/technology-name';
import { usePageTitle } from '../../shared/use-page-title';
import { TriageTable } from './TriageTable';

const isTriageStatus = (value: string): value is TriageStatus => (TRIAGE_STATUSES as readonly string[]).includes(value);

function readFilters(search: URLSearchParams): TriageFilters {
  const status = search.getAll('status').filter(isTriageStatus);
  return {
    status: status.length ? status : undefined,
    technology: search.get('technology') || undefined,
    mine: search.get('mine') === 'true' || undefined,
  };
}

/** The Secretariat's review queue, oldest in its status first; filters live in the URL like the browse page's. */
export function TriagePage() {
  const { t } = useTranslation();
  usePageTitle(t('triage.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => readFilters(searchParams), [searchParams]);
  const queue = useTriage(filters);
  const technologies = useTechnologies();
  const language = currentLanguage();
  const counts = queue.data?.pages[0]?.counts;

  const update = (changes: Partial<TriageFilters>) => {
    const next = { ...filters, ...changes };
    const search = new URLSearchParams();
    for (const status of next.status ?? []) search.append('status', status);
    if (next.technology) search.set('technology', next.technology);
    if (next.mine) search.set('mine', 'true');
    setSearchParams(search);
  };

  return (
    <Stack>
      <Title order={1}>{t('triage.title')}</Title>
      <Text>{t('triage.intro')}</Text>
      <Group align="flex-end" wrap="wrap" gap="md" role="search" aria-label={t('triage.filters')}>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="triage-status-label">
            {t('common.status')}
          </Text>
          <Chip.Group
            multiple
            value={filters.status ?? []}
            onChange={(values) => update({ status: values.length ? values.filter(isTriageStatus) : undefined })}
          >
            <Group gap="xs" role="group" aria-labelledby="triage-status-label">
              {TRIAGE_STATUSES.map((status) => (
                <Chip key={status} value={status} variant="outline">
                  {t(`itemStatus.${status}`)} {counts ? `(${counts[status] ?? 0})` : ''}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <Select
          label={t('items.filters.technology')}
          placeholder={t('triage.anyTechnology')}
          data={(technologies.data ?? []).map((technology) => ({
            value: technology.slug,
            label: technologyName(technology, language),
          }))}
          value={filters.technology ?? null}
          onChange={(value) => update({ technology: value ?? undefined })}
          clearable
          w={220}
        />
        <Switch
          label={t('triage.assignedToMe')}
          checked={Boolean(filters.mine)}
          onChange={(event) => update({ mine: event.currentTarget.checked || undefined })}
          mb={8}
        />
      </Group>
      <QueryStatus query={queue}>
        {(data) => <TriageTable entries={data.pages.flatMap((page) => page.items)} />}
      </QueryStatus>
      <LoadMoreButton query={queue} />
    </Stack>
  );
}
