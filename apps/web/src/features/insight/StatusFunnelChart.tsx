import { BarChart } from '@mantine/charts';
import { Anchor, Table } from '@mantine/core';
import { ITEM_STATUSES, type TStats } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { browseLink } from './browse-link';
import { ChartCard } from './ChartCard';

/** How many items stand at each step of the review, from draft to decision. */
export function StatusFunnelChart({ stats }: { stats: TStats }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rows = ITEM_STATUSES.map((status) => ({
    value: status,
    status: t(`itemStatus.${status}`),
    count: stats.byTechnologyKindStatus.filter((row) => row.status === status).reduce((sum, row) => sum + row.count, 0),
  }));
  return (
    <ChartCard
      title={t('insight.funnel.title')}
      description={t('insight.funnel.description')}
      chart={
        <BarChart
          h={260}
          data={rows}
          dataKey="status"
          orientation="vertical"
          yAxisProps={{ width: 140 }}
          xAxisProps={{ allowDecimals: false }}
          series={[{ name: 'count', label: t('insight.count'), color: 'indigo.7' }]}
          barProps={{
            cursor: 'pointer',
            onClick: (entry: { payload?: { value: string } }) =>
              entry.payload && navigate(browseLink({ status: entry.payload.value })),
          }}
        />
      }
      table={
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('insight.status')}</Table.Th>
              <Table.Th>{t('insight.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.value}>
                <Table.Td>
                  <Anchor component={Link} to={browseLink({ status: row.value })}>
                    {row.status}
                  </Anchor>
                </Table.Td>
                <Table.Td>{row.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
