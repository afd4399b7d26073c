import { LineChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import type { TStats } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../../shared/components/ScrollableTable';
import { ChartCard } from './ChartCard';

/** Submissions and acceptances per month, side by side. */
export function MonthlyTrendChart({ stats }: { stats: TStats }) {
  const { t } = useTranslation();
  const months = [...new Set([...stats.submittedPerMonth, ...stats.acceptedPerMonth].map((row) => row.month))].sort();
  const count = (rows: TStats['submittedPerMonth'], month: string) =>
    rows.find((row) => row.month === month)?.count ?? 0;
  const rows = months.map((month) => ({
    month,
    submitted: count(stats.submittedPerMonth, month),
    accepted: count(stats.acceptedPerMonth, month),
  }));
  return (
    <ChartCard
      title={t('insight.trend.title')}
      description={t('insight.trend.description')}
      chart={
        <LineChart
          h={260}
          data={rows}
          dataKey="month"
          withLegend
          series={[
            { name: 'submitted', label: t('insight.trend.submitted'), color: 'blue.7' },
            { name: 'accepted', label: t('insight.trend.accepted'), color: 'teal.7' },
          ]}
        />
      }
      table={
        <ScrollableTable label={t('insight.trend.title')} minWidth={320}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('insight.month')}</Table.Th>
              <Table.Th>{t('insight.trend.submitted')}</Table.Th>
              <Table.Th>{t('insight.trend.accepted')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.month}>
                <Table.Td>{row.month}</Table.Td>
                <Table.Td>{row.submitted}</Table.Td>
                <Table.Td>{row.accepted}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollableTable>
      }
    />
  );
}
