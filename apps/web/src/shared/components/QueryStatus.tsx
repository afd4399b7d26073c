import { Alert, Button, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../errors';
import { PageLoader } from './PageLoader';

/** What QueryStatus needs of a query result; plain and infinite queries both have it. */
interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => Promise<unknown>;
}

interface QueryStatusProps<T> {
  query: QueryLike<T>;
  /** Overrides the generic explanation of a failure (e.g. "this edition does not exist"). */
  describe?: (error: unknown) => string;
  children: (data: T) => ReactNode;
}

/** Renders a query's data, or its loading state, or its error with a way to try again. */
export function QueryStatus<T>({ query, describe = describeError, children }: QueryStatusProps<T>) {
  const { t } = useTranslation();
  if (query.data !== undefined) return children(query.data);
  if (query.isPending && !query.error) return <PageLoader />;
  return (
    <Alert color="red" variant="light" role="alert">
      <Stack gap="sm" align="flex-start">
        {describe(query.error)}
        <Button size="xs" variant="default" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
