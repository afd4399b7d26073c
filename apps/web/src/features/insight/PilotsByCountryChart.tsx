import { BarChart } from '@mantine/charts';
import { Anchor, Table } from '@mantine/core';
import { PILOT_STAGES, type TStats } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ScrollableTable } from '../../shared/components/ScrollableTable';
import { browseLink } from './browse-link';
import { ChartCard } from './ChartCard';

const STAGE_COLOURS = { PLANNED: 'gray.6', ONGOING: 'blue.7', COMPLETED: 'teal.7', DISCONTINUED: 'red.7' } as const;

/** Pilot records per country, stacked by stage. */
export function PilotsByCountryChart({ stats }: { stats: TStats }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const countries = [...new Set(stats.pilotsByCountry.map((row) => row.country))].sort();
  const rows = countries.map((country) => ({
    country,
    ...Object.fromEntries(
      PILOT_STAGES.map((stage) => [
        stage,
        stats.pilotsByCountry.find((row) => row.country === country && row.stage === stage)?.count ?? 0,
      ]),
    ),
  })) as ({ country: string } & Record<(typeof PILOT_STAGES)[number], number>)[];
  const highest = Math.max(1, ...rows.map((row) => PILOT_STAGES.reduce((sum, stage) => sum + row[stage], 0)));
  return (
    <ChartCard
      title={t('insight.pilots.title')}
      description={t('insight.pilots.description')}
      chart={
        <BarChart
          h={260}
          data={rows}
          dataKey="country"
          type="stacked"
          // Whole pilots only, and no more ticks than there are counts (a country with one pilot: 0 and 1).
          yAxisProps={{ allowDecimals: false, tickCount: Math.min(5, highest + 1) }}
          withLegend
          series={PILOT_STAGES.map((stage) => ({
            name: stage,
            label: t(`pilotStages.${stage}`),
            color: STAGE_COLOURS[stage],
          }))}
          barProps={{
            cursor: 'pointer',
            onClick: (entry: { payload?: { country: string } }) =>
              entry.payload && navigate(browseLink({ kind: 'PILOT', country: entry.payload.country })),
          }}
        />
      }
      table={
        <ScrollableTable label={t('insight.pilots.title')} minWidth={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('insight.country')}</Table.Th>
              {PILOT_STAGES.map((stage) => (
                <Table.Th key={stage}>{t(`pilotStages.${stage}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.country}>
                <Table.Td>
                  <Anchor component={Link} to={browseLink({ kind: 'PILOT', country: row.country })}>
                    {row.country}
                  </Anchor>
                </Table.Td>
                {PILOT_STAGES.map((stage) => (
                  <Table.Td key={stage}>{row[stage]}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollableTable>
      }
    />
  );
}
