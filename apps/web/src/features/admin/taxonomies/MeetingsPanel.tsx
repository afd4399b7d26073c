import { Stack } from '@mantine/core';
import { useMeetings } from '../../../api/meetings/queries';
import { useSources } from '../../../api/sources/queries';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { MeetingForm } from './MeetingForm';
import { MeetingsTable } from './MeetingsTable';

export function MeetingsPanel() {
  const meetings = useMeetings();
  const sources = useSources();
  return (
    <Stack>
      <QueryStatus query={meetings}>{(list) => <MeetingsTable meetings={list} />}</QueryStatus>
      <MeetingForm sources={sources.data ?? []} />
    </Stack>
  );
}
