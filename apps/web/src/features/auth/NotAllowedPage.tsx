import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../shared/use-page-title';

export function NotAllowedPage() {
  const { t } = useTranslation();
  usePageTitle(t('notAllowed.title'));
  return (
    <Stack>
      <Title order={1}>{t('notAllowed.title')}</Title>
      <Text>{t('notAllowed.text')}</Text>
      <Anchor component={Link} to="/">
        {t('common.goHome')}
      </Anchor>
    </Stack>
  );
}
