import { LineChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import type { TStats } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../../shared/components/ScrollableTable';
import { ChartCard } from './ChartCard';
import { runningTotals } from './running-totals';

/**
 * Items submitted and accepted so far, month by month. Running totals rather than monthly counts:
 * most months see no submission at all, and a line through every empty month zig-zags to zero and
 * back; the totals climb steadily, and the gap between the two lines is what has not been accepted.
 */
export function MonthlyTrendChart({ stats }: { stats: TStats }) {
  const { t } = useTranslation();
  const months = runningTotals(stats.submittedPerMonth, stats.acceptedPerMonth);
  // The table lists the months something happened in; the chart needs every month for an even time axis.
  const activeMonths = months.filter((row) => row.submitted > 0 || row.accepted > 0);
  return (
    <ChartCard
      title={t('insight.trend.title')}
      description={t('insight.trend.description')}
      chart={
        <LineChart
          h={260}
          data={months}
          dataKey="month"
          withLegend
          withDots={false}
          curveType="linear"
          yAxisProps={{ allowDecimals: false }}
          series={[
            { name: 'submittedToDate', label: t('insight.trend.submittedToDate'), color: 'blue.7' },
            { name: 'acceptedToDate', label: t('insight.trend.acceptedToDate'), color: 'teal.7' },
          ]}
        />
      }
      table={
        <ScrollableTable label={t('insight.trend.title')} minWidth={480}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('insight.month')}</Table.Th>
              <Table.Th>{t('insight.trend.submitted')}</Table.Th>
              <Table.Th>{t('insight.trend.accepted')}</Table.Th>
              <Table.Th>{t('insight.trend.submittedToDate')}</Table.Th>
              <Table.Th>{t('insight.trend.acceptedToDate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {activeMonths.map((row) => (
              <Table.Tr key={row.month}>
                <Table.Td>{row.month}</Table.Td>
                <Table.Td>{row.submitted}</Table.Td>
                <Table.Td>{row.accepted}</Table.Td>
                <Table.Td>{row.submittedToDate}</Table.Td>
                <Table.Td>{row.acceptedToDate}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollableTable>
      }
    />
  );
}
