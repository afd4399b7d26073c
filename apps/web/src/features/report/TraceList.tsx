import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { TTrace } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConfirmTrace, useDeleteTrace } from '../../api/report/mutations';
import { ConfirmActionButton } from '../../shared/components/ConfirmActionButton';
import { notifyFailure, notifySuccess } from '../../shared/notify';
import { itemPath } from '../items/item-path';
import { isWithdrawn } from './withdrawn';

interface TraceListProps {
  editionId: string;
  sectionTitle: string;
  traces: TTrace[];
  editable: boolean;
}

// A suspect link is marked by a thick orange edge, a withdrawn one by a grey one; a tinted
// background would dim the link text.
function edgeOf(trace: TTrace) {
  if (isWithdrawn(trace)) return { borderLeft: '4px solid var(--mantine-color-gray-6)' };
  if (trace.suspect) return { borderLeft: '4px solid var(--mantine-color-orange-6)' };
  return undefined;
}

/** The items a section is built on, each with the note on how it is used; suspect links stand out. */
export function TraceList({ editionId, sectionTitle, traces, editable }: TraceListProps) {
  const { t } = useTranslation();
  const confirm = useConfirmTrace(editionId);
  const remove = useDeleteTrace(editionId);
  if (traces.length === 0) return null;
  const suspect = traces.filter((trace) => trace.suspect).length;
  return (
    <Stack gap="xs">
      {/* Said once for the section, not under every suspect link, to those who can confirm or remove them. */}
      {editable && suspect > 0 && <Text size="sm">{t('report.trace.suspectHelp', { count: suspect })}</Text>}
      <Stack
        component="ul"
        gap="xs"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('report.trace.listLabel', { section: sectionTitle })}
      >
        {traces.map((trace) => (
          <Paper component="li" key={trace.id} withBorder p="xs" style={edgeOf(trace)}>
            {/* The actions sit beside the item where there is room, so a long list stays short. */}
            <Group gap="xs" justify="space-between" align="flex-start" wrap="wrap">
              <Stack gap={4} style={{ flex: '1 1 16rem' }}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={itemPath(trace.item.reference)} size="sm" fw={600}>
                    {trace.item.reference} · {trace.item.title}
                  </Anchor>
                  {trace.suspect && (
                    <Badge variant="dot" color="orange">
                      {t('report.suspect')}
                    </Badge>
                  )}
                  {isWithdrawn(trace) && (
                    <Badge variant="outline" color="gray" tt="none">
                      {t('report.withdrawn', { status: t(`itemStatus.${trace.item.status}`) })}
                    </Badge>
                  )}
                </Group>
                {trace.note && <Text size="sm">{trace.note}</Text>}
              </Stack>
              {editable && (
                <Group gap="xs" wrap="nowrap">
                  {trace.suspect && (
                    <Button
                      size="xs"
                      variant="default"
                      loading={confirm.isPending && confirm.variables === trace.id}
                      aria-label={t('report.trace.confirmNamed', { reference: trace.item.reference })}
                      onClick={() =>
                        confirm.mutate(trace.id, {
                          onSuccess: () =>
                            notifySuccess(t('report.trace.confirmed', { reference: trace.item.reference })),
                          onError: notifyFailure,
                        })
                      }
                    >
                      {t('report.trace.confirm')}
                    </Button>
                  )}
                  <ConfirmActionButton
                    label={t('report.trace.remove')}
                    accessibleLabel={t('report.trace.removeNamed', { reference: trace.item.reference })}
                    title={t('report.trace.removeTitle', { reference: trace.item.reference })}
                    message={t('report.trace.removeMessage', { section: sectionTitle })}
                    confirmLabel={t('report.trace.remove')}
                    color="red"
                    loading={remove.isPending}
                    onConfirm={() =>
                      remove
                        .mutateAsync({ traceId: trace.id, itemReference: trace.item.reference })
                        .catch(notifyFailure)
                    }
                  />
                </Group>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
