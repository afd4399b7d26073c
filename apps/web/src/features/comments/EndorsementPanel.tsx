import { Button, List, Stack, Text, Title } from '@mantine/core';
import { routes, type TItem, type TItemStatus } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useEndorse, useWithdrawEndorsement } from '../../api/endorsements/mutations';
import { useEndorsements } from '../../api/endorsements/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { formatDate } from '../../shared/format';
import { notifyFailure } from '../../shared/notify';
import { mayUse } from '../auth/access';
import { useSignedInUser } from '../auth/signed-in-user';

/** The API refuses endorsements of these; the button is not offered. */
const NOT_ENDORSABLE: readonly TItemStatus[] = ['DRAFT', 'WITHDRAWN', 'REJECTED'];

/** Organisations that back the item; members and the Secretariat endorse on behalf of their own. */
export function EndorsementPanel({ item }: { item: TItem }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const endorsements = useEndorsements(item.reference);
  const endorse = useEndorse(item.reference);
  const withdraw = useWithdrawEndorsement(item.reference);
  const mayEndorse = mayUse(me.role, routes.endorse.access) && !NOT_ENDORSABLE.includes(item.status);
  return (
    <Stack component="section" gap="xs" aria-labelledby="item-endorsements">
      <Title order={2} size="h3" id="item-endorsements">
        {t('endorsements.title')}
      </Title>
      <QueryStatus query={endorsements}>
        {(data) => (
          <Stack gap="xs">
            <Text size="sm">{t('endorsements.count', { count: data.count })}</Text>
            {data.organisations.length > 0 && (
              <List size="sm" spacing={2}>
                {data.organisations.map((organisation) => (
                  <List.Item key={organisation.id}>
                    {organisation.name}{' '}
                    <Text span size="xs" c="dimmed">
                      ({formatDate(organisation.endorsedAt)})
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
            {mayEndorse && (
              <Stack gap={4} align="flex-start">
                {data.endorsedByMine ? (
                  <Button
                    variant="default"
                    size="sm"
                    loading={withdraw.isPending}
                    onClick={() => withdraw.mutate(undefined, { onError: notifyFailure })}
                  >
                    {t('endorsements.withdraw')}
                  </Button>
                ) : (
                  <Button
                    size="sm"
                    loading={endorse.isPending}
                    onClick={() => endorse.mutate(undefined, { onError: notifyFailure })}
                  >
                    {t('endorsements.endorse')}
                  </Button>
                )}
                <Text size="xs" c="dimmed">
                  {t('endorsements.onBehalfOf', { organisation: me.organisation.name })}
                </Text>
              </Stack>
            )}
          </Stack>
        )}
      </QueryStatus>
    </Stack>
  );
}
