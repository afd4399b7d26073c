import { Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useItemEvents } from '../../api/workflow/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { formatDateTime } from '../../shared/format';

/** Every status change with who made it, when, and the comment given (the reviewer's request, the reason). */
export function ItemTimeline({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const events = useItemEvents(reference);
  return (
    <div>
      <Title order={3} size="h4" mb="xs">
        {t('workflow.timeline')}
      </Title>
      <QueryStatus query={events}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm">{t('workflow.noEvents')}</Text>
          ) : (
            <Timeline active={list.length - 1} bulletSize={14} lineWidth={2}>
              {list.map((event) => (
                <Timeline.Item
                  key={event.id}
                  title={t(`workflow.events.${event.action}`, { actor: event.actor.displayName })}
                >
                  <Text size="xs" c="dimmed">
                    {t('workflow.transition', { from: t(`itemStatus.${event.from}`), to: t(`itemStatus.${event.to}`) })}{' '}
                    · <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
                  </Text>
                  {event.reviewer && (
                    <Text size="sm">{t('workflow.reviewerIs', { name: event.reviewer.displayName })}</Text>
                  )}
                  {event.comment && (
                    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {event.comment}
                    </Text>
                  )}
                </Timeline.Item>
              ))}
            </Timeline>
          )
        }
      </QueryStatus>
    </div>
  );
}
