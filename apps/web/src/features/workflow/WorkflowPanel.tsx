import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { TItem, TWorkflowAction } from '@srt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemStatusBadge } from '../items/ItemStatusBadge';
import { ItemTimeline } from './ItemTimeline';
import { TransitionDialog } from './TransitionDialog';

/** The item's place in the review: its status, what the caller may do next, and how it got here. */
export function WorkflowPanel({ item }: { item: TItem }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<TWorkflowAction | null>(null);
  return (
    <Stack component="section" gap="sm" aria-labelledby="item-workflow">
      <Title order={2} size="h3" id="item-workflow">
        {t('workflow.title')}
      </Title>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('common.status')}
        </Text>
        <ItemStatusBadge status={item.status} />
      </Group>
      {item.allowedActions.length > 0 && (
        <Group gap="xs">
          {item.allowedActions.map((each) => (
            <Button
              key={each}
              size="sm"
              variant={each === 'reject' || each === 'withdraw' ? 'default' : 'filled'}
              onClick={() => setAction(each)}
            >
              {t(`workflow.actions.${each}.label`)}
            </Button>
          ))}
        </Group>
      )}
      <ItemTimeline reference={item.reference} />
      <TransitionDialog reference={item.reference} action={action} onClose={() => setAction(null)} />
    </Stack>
  );
}
