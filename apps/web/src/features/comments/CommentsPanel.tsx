import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSecretariat } from '../auth/access';
import { useSignedInUser } from '../auth/signed-in-user';
import { CommentThread } from './CommentThread';

/** Comments for everyone who sees the item; the Secretariat also keeps internal notes beside them. */
export function CommentsPanel({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  return (
    <Stack component="section" gap="sm" aria-labelledby="item-comments">
      <Title order={2} size="h3" id="item-comments">
        {t('comments.title')}
      </Title>
      {isSecretariat(me.role) ? (
        <Tabs defaultValue="comments" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="comments">{t('comments.public')}</Tabs.Tab>
            <Tabs.Tab value="internal">{t('comments.internal')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="comments" pt="md">
            <CommentThread reference={reference} internal={false} />
          </Tabs.Panel>
          <Tabs.Panel value="internal" pt="md">
            <CommentThread reference={reference} internal />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <CommentThread reference={reference} internal={false} />
      )}
    </Stack>
  );
}
