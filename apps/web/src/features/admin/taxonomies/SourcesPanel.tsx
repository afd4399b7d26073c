import { Stack } from '@mantine/core';
import { useSources } from '../../../api/sources/queries';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { SourceForm } from './SourceForm';
import { SourcesTable } from './SourcesTable';

export function SourcesPanel() {
  const sources = useSources();
  return (
    <Stack>
      <QueryStatus query={sources}>{(list) => <SourcesTable sources={list} />}</QueryStatus>
      <SourceForm />
    </Stack>
  );
}
