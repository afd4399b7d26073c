import { Table, Text } from '@mantine/core';
import type { TMeeting } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../../../shared/components/ScrollableTable';
import { formatDate } from '../../../shared/format';

export function MeetingsTable({ meetings }: { meetings: TMeeting[] }) {
  const { t } = useTranslation();
  if (meetings.length === 0) return <Text>{t('meetings.none')}</Text>;
  return (
    <ScrollableTable label={t('taxonomies.meetings')} minWidth={760}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('meetings.fields.title')}</Table.Th>
          <Table.Th>{t('meetings.fields.source')}</Table.Th>
          <Table.Th>{t('meetings.columns.dates')}</Table.Th>
          <Table.Th>{t('meetings.fields.location')}</Table.Th>
          <Table.Th>{t('meetings.fields.agendaRef')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {meetings.map((meeting) => (
          <Table.Tr key={meeting.id}>
            <Table.Td>{meeting.title}</Table.Td>
            <Table.Td>{meeting.source.name}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatDate(meeting.startDate)}
              {meeting.endDate && ` – ${formatDate(meeting.endDate)}`}
            </Table.Td>
            <Table.Td>{meeting.location ?? '—'}</Table.Td>
            <Table.Td>{meeting.agendaRef ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollableTable>
  );
}
