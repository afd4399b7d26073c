import { Anchor, Group, List, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCoverage } from '../../api/report/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { coverageLink } from './report-location';

interface CoverageSummaryProps {
  editionId: string;
  /** The coverage in full is on screen. */
  current: boolean;
  onNavigate?: () => void;
}

/** Above the contents: what is missing or needs checking, and the way to the details. */
export function CoverageSummary({ editionId, current, onNavigate }: CoverageSummaryProps) {
  const { t } = useTranslation();
  // Rendered both beside the chapter and in the small screens' drawer: ids unique to each copy.
  const headingId = useId();
  const coverage = useCoverage(editionId);
  return (
    <Stack component="section" aria-labelledby={headingId} gap={4}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Title order={2} size="h4" id={headingId}>
          {t('report.coverage.title')}
        </Title>
        <Anchor
          component={Link}
          to={coverageLink()}
          onClick={onNavigate}
          size="sm"
          fw={current ? 700 : undefined}
          aria-current={current ? 'page' : undefined}
        >
          {t('report.coverage.details')}
        </Anchor>
      </Group>
      <QueryStatus query={coverage}>
        {(data) => (
          <List size="sm" spacing={0}>
            <List.Item>{t('report.coverage.untraced', { count: data.untraced.length })}</List.Item>
            <List.Item>{t('report.coverage.empty', { count: data.emptySections.length })}</List.Item>
            <List.Item fw={data.suspectLinks.length > 0 ? 700 : undefined}>
              {t('report.coverage.suspect', { count: data.suspectLinks.length })}
            </List.Item>
          </List>
        )}
      </QueryStatus>
    </Stack>
  );
}
