import { Grid, Stack } from '@mantine/core';
import type { TItem } from '@srt/contracts';
import i18next from 'i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { useItem } from '../../../api/items/queries';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { describeError } from '../../../shared/errors';
import { usePageTitle } from '../../../shared/use-page-title';
import { CommentsPanel } from '../../comments/CommentsPanel';
import { EndorsementPanel } from '../../comments/EndorsementPanel';
import { WorkflowPanel } from '../../workflow/WorkflowPanel';
import { ItemContent } from './ItemContent';
import { ItemDetails } from './ItemDetails';
import { ItemHeader } from './ItemHeader';
import { ItemLinks } from './ItemLinks';
import { ItemUsage } from './ItemUsage';
import { RevisionHistory } from './RevisionHistory';

/** An item the caller may not see answers 404, exactly like one that does not exist (SPEC §2). */
function describeItemError(error: unknown): string {
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return missing ? i18next.t('item.notFound') : describeError(error);
}

export function ItemPage() {
  const { reference = '' } = useParams();
  const item = useItem(reference);
  return (
    <QueryStatus query={item} describe={describeItemError}>
      {(data) => <ItemView item={data} />}
    </QueryStatus>
  );
}

function ItemView({ item }: { item: TItem }) {
  usePageTitle(`${item.reference} · ${item.title}`);
  return (
    <Stack gap="lg">
      <ItemHeader item={item} />
      <Grid gutter="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            <ItemContent item={item} />
            <ItemLinks item={item} />
            <CommentsPanel reference={item.reference} />
            <RevisionHistory reference={item.reference} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="xl">
            <WorkflowPanel item={item} />
            <ItemUsage usages={item.usedIn} />
            <EndorsementPanel item={item} />
            <ItemDetails item={item} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
