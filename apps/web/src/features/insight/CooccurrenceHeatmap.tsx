import { Table, Text } from '@mantine/core';
import type { TStats, TTechnology } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { ScrollableTable } from '../../shared/components/ScrollableTable';
import { technologyName } from '../../shared/technology-name';
import { ChartCard } from './ChartCard';

/** How often two technologies tag the same item: the interlinkages the report is asked to consider. */
export function CooccurrenceHeatmap({ stats, technologies }: { stats: TStats; technologies: TTechnology[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const used = technologies.filter((technology) =>
    stats.cooccurrence.some((pair) => pair.a === technology.slug || pair.b === technology.slug),
  );
  const countOf = (a: string, b: string) =>
    stats.cooccurrence.find((pair) => (pair.a === a && pair.b === b) || (pair.a === b && pair.b === a))?.count ?? 0;
  const highest = Math.max(1, ...stats.cooccurrence.map((pair) => pair.count));
  const grid = (withShading: boolean) => (
    <ScrollableTable label={t('insight.cooccurrence.title')} minWidth={120 + used.length * 72}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th />
          {used.map((technology) => (
            <Table.Th key={technology.slug} scope="col">
              {technologyName(technology, language)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {used.map((row) => (
          <Table.Tr key={row.slug}>
            <Table.Th scope="row">{technologyName(row, language)}</Table.Th>
            {used.map((column) => {
              const count = row.slug === column.slug ? null : countOf(row.slug, column.slug);
              const shade = count ? 0.15 + (0.75 * count) / highest : 0;
              return (
                <Table.Td
                  key={column.slug}
                  ta="center"
                  style={
                    withShading && count
                      ? { background: `rgba(11, 83, 148, ${shade})`, color: shade > 0.5 ? 'white' : undefined }
                      : undefined
                  }
                >
                  {count ?? '—'}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollableTable>
  );
  return (
    <ChartCard
      title={t('insight.cooccurrence.title')}
      description={t('insight.cooccurrence.description')}
      chart={used.length > 0 ? grid(true) : <Text c="dimmed">{t('insight.cooccurrence.none')}</Text>}
      table={grid(false)}
    />
  );
}
