import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useId, type FormEventHandler, type ReactNode } from 'react';
import { FormAlert } from '../forms/FormAlert';

interface FormCardProps {
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** What the last request was refused for, shown above the fields. */
  formError: string | null;
  submitLabel: string;
  saving: boolean;
  /** The fields. */
  children: ReactNode;
}

/** A titled panel around a form of its own; the title names the region for screen readers. */
export function FormCard({ title, onSubmit, formError, submitLabel, saving, children }: FormCardProps) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <form noValidate onSubmit={onSubmit}>
          <FormAlert message={formError} />
          {children}
          <Group justify="flex-end" mt="md">
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
          </Group>
        </form>
      </Stack>
    </Paper>
  );
}
