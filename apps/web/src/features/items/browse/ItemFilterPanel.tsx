import { Button, Select, Stack } from '@mantine/core';
import { ITEM_KINDS, ITEM_STATUSES, type TItemFacets, type TItemKind, type TItemStatus } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import type { ItemListParams } from '../../../api/items/keys';
import { useMeetings } from '../../../api/meetings/queries';
import { useSources } from '../../../api/sources/queries';
import { useTechnologies } from '../../../api/technologies/queries';
import { currentLanguage } from '../../../i18n';
import { formatDate } from '../../../shared/format';
import { technologyName } from '../../../shared/technology-name';
import { hasFilters } from './browse-params';
import { FacetCheckboxes, FacetRadios, type FacetOption } from './FacetOptions';

interface ItemFilterPanelProps {
  params: ItemListParams;
  /** Counts per option under the other filters; undefined until the first answer. */
  facets: TItemFacets | undefined;
  onChange: (changes: Partial<ItemListParams>) => void;
}

const countIn = (counts: { value: string; count: number }[] | undefined, value: string) =>
  counts ? (counts.find((entry) => entry.value === value)?.count ?? 0) : undefined;

export function ItemFilterPanel({ params, facets, onChange }: ItemFilterPanelProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const technologies = useTechnologies();
  const sources = useSources();
  const meetings = useMeetings();
  const selectedTechnologies = params.technology ?? [];
  const selectedSources = params.source ?? [];

  // Inactive technologies stay listed while items still carry them, so old items remain findable.
  const technologyOptions: FacetOption[] = (technologies.data ?? [])
    .filter(
      (technology) =>
        technology.active ||
        countIn(facets?.technology, technology.slug) ||
        selectedTechnologies.includes(technology.slug),
    )
    .map((technology) => ({
      value: technology.slug,
      label: technologyName(technology, language),
      count: countIn(facets?.technology, technology.slug),
    }));
  const kindOptions: FacetOption[] = ITEM_KINDS.map((kind) => ({
    value: kind,
    label: t(`itemKind.${kind}`),
    count: countIn(facets?.kind, kind),
  }));
  const statusOptions: FacetOption[] = ITEM_STATUSES.map((status) => ({
    value: status,
    label: t(`itemStatus.${status}`),
    count: countIn(facets?.status, status),
  }))
    // Statuses nobody can see here (e.g. others' drafts) only add noise.
    .filter((option) => option.count !== 0 || params.status?.includes(option.value as TItemStatus));
  // Of forty-odd source bodies, only those with items (or already chosen) are worth a line.
  const sourceOptions: FacetOption[] = (sources.data ?? [])
    .map((source) => ({ value: source.slug, label: source.name, count: countIn(facets?.source, source.slug) }))
    .filter((option) => option.count !== 0 || selectedSources.includes(option.value));

  return (
    <Stack gap="lg" component="section" aria-label={t('items.filters.label')}>
      <FacetCheckboxes
        legend={t('items.filters.technology')}
        options={technologyOptions}
        selected={selectedTechnologies}
        onChange={(values) => onChange({ technology: values.length ? values : undefined })}
      />
      <FacetRadios
        legend={t('items.filters.kind')}
        name="kind"
        anyLabel={t('items.filters.anyKind')}
        options={kindOptions}
        selected={params.kind}
        onChange={(value) => onChange({ kind: value as TItemKind | undefined })}
      />
      <FacetCheckboxes
        legend={t('items.filters.status')}
        options={statusOptions}
        selected={params.status ?? []}
        onChange={(values) => onChange({ status: values.length ? (values as TItemStatus[]) : undefined })}
      />
      <FacetCheckboxes
        legend={t('items.filters.source')}
        options={sourceOptions}
        selected={selectedSources}
        onChange={(values) => onChange({ source: values.length ? values : undefined })}
      />
      <Select
        label={t('items.filters.meeting')}
        placeholder={t('items.filters.anyMeeting')}
        data={(meetings.data ?? []).map((meeting) => ({
          value: meeting.id,
          label: `${meeting.title} (${formatDate(meeting.startDate)})`,
        }))}
        value={params.meeting ?? null}
        onChange={(value) => onChange({ meeting: value ?? undefined })}
        searchable
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      {hasFilters(params) && (
        <Button
          variant="default"
          onClick={() =>
            onChange({
              q: undefined,
              kind: undefined,
              technology: undefined,
              source: undefined,
              status: undefined,
              meeting: undefined,
              sort: undefined,
            })
          }
        >
          {t('items.filters.clear')}
        </Button>
      )}
    </Stack>
  );
}
