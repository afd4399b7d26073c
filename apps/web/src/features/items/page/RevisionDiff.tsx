import { Box, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { TItemDiff } from '@srt/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useRevisionDiff } from '../../../api/items/queries';
import { useMeetings } from '../../../api/meetings/queries';
import { useOrganisations } from '../../../api/organisations/queries';
import { useTechnologies } from '../../../api/technologies/queries';
import { currentLanguage } from '../../../i18n';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { formatDate } from '../../../shared/format';
import { technologyName } from '../../../shared/technology-name';

type Change = TItemDiff['changes'][number];
type Words = NonNullable<Change['words']>;

/** Names for the stored content's ids and codes, so a change reads "Drones → Biometrics", not slugs and uuids. */
interface Lookups {
  technology: (slug: string) => string;
  meeting: (id: string) => string;
  organisation: (id: string) => string;
}

function FieldLabel({ field }: { field: string }) {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    kind: t('items.fields.kind'),
    title: t('items.fields.title'),
    summary: t('items.fields.summary'),
    body: t('items.fields.body'),
    technologies: t('items.fields.technologies'),
    source: t('items.fields.source'),
    meetingId: t('items.fields.meeting'),
    documentRef: t('items.fields.documentRef'),
    language: t('items.fields.language'),
    addressees: t('items.fields.addressees'),
    priority: t('items.fields.priority'),
    context: t('items.fields.context'),
    lesson: t('items.fields.lesson'),
    administrationId: t('items.fields.administration'),
    country: t('items.fields.country'),
    partners: t('items.fields.partners'),
    startDate: t('items.fields.startDate'),
    endDate: t('items.fields.endDate'),
    stage: t('items.fields.stage'),
    outcomes: t('items.fields.outcomes'),
  };
  return (
    <Title order={3} size="h5">
      {labels[field] ?? field}
    </Title>
  );
}

function describeValue(field: string, value: unknown, lookups: Lookups, t: TFunction): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return t('item.revisions.empty');
  const text = String(value);
  switch (field) {
    case 'technologies':
      return (value as string[]).map(lookups.technology).join(', ');
    case 'addressees':
      return (value as string[]).map((addressee) => t(`addressees.${addressee}` as 'addressees.PTC')).join(', ');
    case 'partners':
      return (value as string[]).join(', ');
    case 'meetingId':
      return lookups.meeting(text);
    case 'administrationId':
      return lookups.organisation(text);
    case 'priority':
      return t(`priorities.${text}` as 'priorities.HIGH');
    case 'stage':
      return t(`pilotStages.${text}` as 'pilotStages.PLANNED');
    case 'language':
      return t(`language.${text}` as 'language.en');
    case 'kind':
      return t(`itemKind.${text}` as 'itemKind.PILOT');
    case 'startDate':
    case 'endDate':
      return formatDate(text);
    default:
      return Array.isArray(value) ? value.join(', ') : text;
  }
}

/**
 * Word-level changes: additions underlined on green, removals struck through on red, each also
 * named for screen readers. Added text keeps the body colour: green text on green falls short of
 * the 4.5:1 contrast that text needs.
 */
function WordDiff({ words }: { words: Words }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {words.map((part, index) => {
        if (part.added)
          return (
            <Box component="ins" key={index} bg="green.1">
              <VisuallyHidden>{t('item.revisions.addedStart')}</VisuallyHidden>
              {part.value}
              <VisuallyHidden>{t('item.revisions.addedEnd')}</VisuallyHidden>
            </Box>
          );
        if (part.removed)
          return (
            <Box component="del" key={index} bg="red.1" c="red.9">
              <VisuallyHidden>{t('item.revisions.removedStart')}</VisuallyHidden>
              {part.value}
              <VisuallyHidden>{t('item.revisions.removedEnd')}</VisuallyHidden>
            </Box>
          );
        return <span key={index}>{part.value}</span>;
      })}
    </Text>
  );
}

export function RevisionDiff({ reference, from, to }: { reference: string; from: number; to: number }) {
  const { t } = useTranslation();
  const diff = useRevisionDiff(reference, from, to);
  const technologies = useTechnologies();
  const meetings = useMeetings();
  const organisations = useOrganisations();
  const language = currentLanguage();
  const lookups: Lookups = {
    technology: (slug) => {
      const technology = technologies.data?.find((each) => each.slug === slug);
      return technology ? technologyName(technology, language) : slug;
    },
    meeting: (id) => meetings.data?.find((meeting) => meeting.id === id)?.title ?? id,
    organisation: (id) => organisations.data?.find((organisation) => organisation.id === id)?.name ?? id,
  };
  return (
    <QueryStatus query={diff}>
      {(result) =>
        result.changes.length === 0 ? (
          <Text size="sm">{t('item.revisions.noChange')}</Text>
        ) : (
          <Stack gap="sm" aria-label={t('item.revisions.diffLabel', { from: result.from, to: result.to })} role="group">
            {result.changes.map((change) => (
              <Paper key={change.field} withBorder p="sm">
                <FieldLabel field={change.field} />
                {change.words ? (
                  <WordDiff words={change.words} />
                ) : (
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    <Box component="del" c="red.9">
                      {describeValue(change.field, change.before, lookups, t)}
                    </Box>
                    {' → '}
                    <Box component="ins" bg="green.1">
                      {describeValue(change.field, change.after, lookups, t)}
                    </Box>
                  </Text>
                )}
              </Paper>
            ))}
          </Stack>
        )
      }
    </QueryStatus>
  );
}
