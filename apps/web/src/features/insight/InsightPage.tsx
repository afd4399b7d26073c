// The charts' own styles (legends, tooltips, chart sizing) come with the page that uses them, after the core
// styles loaded at start, instead of growing every page's first download.
import '@mantine/charts/styles.css';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStats } from '../../api/stats/queries';
import { useTechnologies } from '../../api/technologies/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { usePageTitle } from '../../shared/use-page-title';
import { CooccurrenceHeatmap } from './CooccurrenceHeatmap';
import { MonthlyTrendChart } from './MonthlyTrendChart';
import { PilotsByCountryChart } from './PilotsByCountryChart';
import { StatusFunnelChart } from './StatusFunnelChart';
import { TechnologyKindChart } from './TechnologyKindChart';

/** The whole picture at a glance; every chart leads to the matching items on the browse page. */
export function InsightPage() {
  const { t } = useTranslation();
  usePageTitle(t('insight.title'));
  const stats = useStats();
  const technologies = useTechnologies();
  return (
    <Stack>
      <Title order={1}>{t('insight.title')}</Title>
      <Text c="dimmed">{t('insight.intro')}</Text>
      <QueryStatus query={stats}>
        {(data) => (
          <QueryStatus query={technologies}>
            {(list) => (
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <TechnologyKindChart stats={data} technologies={list} />
                <StatusFunnelChart stats={data} />
                <MonthlyTrendChart stats={data} />
                <PilotsByCountryChart stats={data} />
                <CooccurrenceHeatmap stats={data} technologies={list} />
              </SimpleGrid>
            )}
          </QueryStatus>
        )}
      </QueryStatus>
    </Stack>
  );
}
