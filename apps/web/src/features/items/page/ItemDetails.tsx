import { Stack, Title } from '@mantine/core';
import type { TItem } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { DetailList, type Detail } from '../../../shared/components/DetailList';
import { formatDate, formatDateTime } from '../../../shared/format';
import { TechnologyBadges } from '../TechnologyBadges';

/** The fields only this kind of item has. */
function useKindDetails(item: TItem): Detail[] {
  const { t } = useTranslation();
  switch (item.kind) {
    case 'RECOMMENDATION':
      return [
        {
          term: t('items.fields.addressees'),
          value: item.addressees.map((addressee) => t(`addressees.${addressee}`)).join(', '),
        },
        {
          term: t('items.fields.priority'),
          value: item.priority ? t(`priorities.${item.priority}`) : t('item.notGiven'),
        },
      ];
    case 'LESSON':
      return [];
    case 'PILOT':
      return [
        { term: t('items.fields.administration'), value: item.administration.name },
        { term: t('items.fields.country'), value: item.country },
        {
          term: t('items.fields.partners'),
          value: item.partners.length ? item.partners.join(', ') : t('item.notGiven'),
        },
        { term: t('items.fields.stage'), value: t(`pilotStages.${item.stage}`) },
        { term: t('items.fields.startDate'), value: formatDate(item.startDate) },
        { term: t('items.fields.endDate'), value: item.endDate ? formatDate(item.endDate) : t('item.notGiven') },
      ];
  }
}

/** Everything about the item that is not its text: classification, origin, people and dates. */
export function ItemDetails({ item }: { item: TItem }) {
  const { t } = useTranslation();
  const kindDetails = useKindDetails(item);
  const organisation = item.organisation.country
    ? `${item.organisation.name} (${item.organisation.country})`
    : item.organisation.name;
  const details: Detail[] = [
    { term: t('items.fields.technologies'), value: <TechnologyBadges technologies={item.technologies} /> },
    ...kindDetails,
    { term: t('items.fields.source'), value: item.source.name },
    { term: t('items.fields.meeting'), value: item.meeting?.title ?? t('item.notGiven') },
    { term: t('items.fields.documentRef'), value: item.documentRef ?? t('item.notGiven') },
    { term: t('items.fields.language'), value: t(`language.${item.language}`) },
    { term: t('item.author'), value: item.author.displayName },
    { term: t('item.organisation'), value: organisation },
    { term: t('item.created'), value: formatDateTime(item.createdAt) },
    { term: t('item.updated'), value: formatDateTime(item.updatedAt) },
    ...(item.submittedAt ? [{ term: t('item.submitted'), value: formatDateTime(item.submittedAt) }] : []),
    ...(item.decidedAt ? [{ term: t('item.decided'), value: formatDateTime(item.decidedAt) }] : []),
  ];
  return (
    <Stack component="section" gap="xs" aria-labelledby="item-details">
      <Title order={2} size="h3" id="item-details">
        {t('item.details')}
      </Title>
      <DetailList details={details} />
    </Stack>
  );
}
