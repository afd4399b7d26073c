import { Stack } from '@mantine/core';
import { useTechnologies } from '../../../api/technologies/queries';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { TechnologiesTable } from './TechnologiesTable';
import { TechnologyForm } from './TechnologyForm';

export function TechnologiesPanel() {
  const technologies = useTechnologies();
  return (
    <Stack>
      <QueryStatus query={technologies}>{(list) => <TechnologiesTable technologies={list} />}</QueryStatus>
      <TechnologyForm />
    </Stack>
  );
}
