import { Table, Text } from '@mantine/core';
import type { TStats, TTechnology } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { ScrollableTable } from '../../shared/components/ScrollableTable';
import { technologyName } from '../../shared/technology-name';
import { ChartCard } from './ChartCard';
import classes from './CooccurrenceHeatmap.module.css';

interface MatrixProps {
  technologies: TTechnology[];
  /** How many items two technologies share; null on the diagonal. */
  countOf: (a: string, b: string) => number | null;
}

/** The shaded matrix people look at; the table under it carries the same figures for everyone else. */
function ShadedMatrix({ technologies, countOf }: MatrixProps) {
  const language = currentLanguage();
  const highest = Math.max(
    1,
    ...technologies.flatMap((row) => technologies.map((column) => countOf(row.slug, column.slug) ?? 0)),
  );
  return (
    <div className={classes.frame}>
      {/* At least the narrow layout's room per column: with more technologies than fit, the frame scrolls. */}
      <table className={classes.grid} style={{ minWidth: `calc(5.5rem + ${technologies.length} * 2rem)` }}>
        <thead>
          <tr>
            <td className={classes.corner} />
            {technologies.map((technology) => (
              <th key={technology.slug} className={classes.columnHeader}>
                <span>{technologyName(technology, language)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {technologies.map((row) => (
            <tr key={row.slug}>
              <th className={classes.rowHeader}>{technologyName(row, language)}</th>
              {technologies.map((column) => {
                const count = countOf(row.slug, column.slug);
                const shade = count ? 0.15 + (0.75 * count) / highest : 0;
                return (
                  <td
                    key={column.slug}
                    className={classes.cell}
                    style={
                      count
                        ? { background: `rgba(11, 83, 148, ${shade})`, color: shade > 0.5 ? 'white' : undefined }
                        : undefined
                    }
                  >
                    {count ?? '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MatrixTable({ technologies, countOf }: MatrixProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ScrollableTable label={t('insight.cooccurrence.title')} minWidth={120 + technologies.length * 72}>
      <Table.Thead>
        <Table.Tr>
          <Table.Td />
          {technologies.map((technology) => (
            <Table.Th key={technology.slug} scope="col">
              {technologyName(technology, language)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {technologies.map((row) => (
          <Table.Tr key={row.slug}>
            <Table.Th scope="row">{technologyName(row, language)}</Table.Th>
            {technologies.map((column) => (
              <Table.Td key={column.slug} ta="center">
                {countOf(row.slug, column.slug) ?? '—'}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollableTable>
  );
}

/** How often two technologies tag the same item: the interlinkages the report is asked to consider. */
export function CooccurrenceHeatmap({ stats, technologies }: { stats: TStats; technologies: TTechnology[] }) {
  const { t } = useTranslation();
  const used = technologies.filter((technology) =>
    stats.cooccurrence.some((pair) => pair.a === technology.slug || pair.b === technology.slug),
  );
  const countOf = (a: string, b: string) =>
    a === b
      ? null
      : (stats.cooccurrence.find((pair) => (pair.a === a && pair.b === b) || (pair.a === b && pair.b === a))?.count ??
        0);
  const none = <Text c="dimmed">{t('insight.cooccurrence.none')}</Text>;
  return (
    <ChartCard
      wide
      title={t('insight.cooccurrence.title')}
      description={t('insight.cooccurrence.description')}
      chart={used.length > 0 ? <ShadedMatrix technologies={used} countOf={countOf} /> : none}
      table={used.length > 0 ? <MatrixTable technologies={used} countOf={countOf} /> : none}
    />
  );
}
