import { Alert } from '@mantine/core';

/** An error about the whole form; role="alert" makes screen readers read it as soon as it appears. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {message}
    </Alert>
  );
}
