import { BarChart } from '@mantine/charts';
import { Anchor, Table } from '@mantine/core';
import { ITEM_KINDS, type TStats, type TTechnology } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { currentLanguage } from '../../i18n';
import { ScrollableTable } from '../../shared/components/ScrollableTable';
import { technologyName } from '../../shared/technology-name';
import { browseLink } from './browse-link';
import { ChartCard } from './ChartCard';

const KIND_COLOURS = { RECOMMENDATION: 'blue.7', LESSON: 'teal.7', PILOT: 'orange.7' } as const;

/** Items per technology, stacked by kind; a bar opens the browse page filtered to its technology. */
export function TechnologyKindChart({ stats, technologies }: { stats: TStats; technologies: TTechnology[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  const rows = technologies
    .map((technology) => {
      const counts = Object.fromEntries(
        ITEM_KINDS.map((kind) => [
          kind,
          stats.byTechnologyKindStatus
            .filter((row) => row.technology === technology.slug && row.kind === kind)
            .reduce((sum, row) => sum + row.count, 0),
        ]),
      );
      return { slug: technology.slug, technology: technologyName(technology, language), ...counts } as {
        slug: string;
        technology: string;
      } & Record<(typeof ITEM_KINDS)[number], number>;
    })
    .filter((row) => ITEM_KINDS.some((kind) => row[kind] > 0));
  return (
    <ChartCard
      title={t('insight.byTechnology.title')}
      description={t('insight.byTechnology.description')}
      chart={
        // Bars run sideways so that every technology's name fits beside its bar, at any width.
        <BarChart
          h={Math.max(200, 80 + rows.length * 40)}
          data={rows}
          dataKey="technology"
          type="stacked"
          orientation="vertical"
          yAxisProps={{ width: 130 }}
          xAxisProps={{ allowDecimals: false }}
          withLegend
          series={ITEM_KINDS.map((kind) => ({ name: kind, label: t(`itemKind.${kind}`), color: KIND_COLOURS[kind] }))}
          barProps={{
            cursor: 'pointer',
            onClick: (entry: { payload?: { slug: string } }) =>
              entry.payload && navigate(browseLink({ technology: entry.payload.slug })),
          }}
        />
      }
      table={
        <ScrollableTable label={t('insight.byTechnology.title')} minWidth={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('insight.technology')}</Table.Th>
              {ITEM_KINDS.map((kind) => (
                <Table.Th key={kind}>{t(`itemKind.${kind}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.slug}>
                <Table.Td>
                  <Anchor component={Link} to={browseLink({ technology: row.slug })}>
                    {row.technology}
                  </Anchor>
                </Table.Td>
                {ITEM_KINDS.map((kind) => (
                  <Table.Td key={kind}>{row[kind]}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollableTable>
      }
    />
  );
}
