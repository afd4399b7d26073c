import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../auth/signed-in-user';
import { EditionList } from '../report/EditionList';
import { usePageTitle } from '../../shared/use-page-title';
import { ItemOverview } from './ItemOverview';
import { MyTasks } from './MyTasks';
import { TechnologyCards } from './TechnologyCards';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.pageTitle'));
  const me = useSignedInUser();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('home.welcome', { name: me.displayName })}</Title>
        <Text mt="xs">{t('home.roleLine', { role: t(`roles.${me.role}`), organisation: me.organisation.name })}</Text>
      </div>
      <MyTasks />
      <ItemOverview />
      <Stack component="section" aria-labelledby="home-technologies" gap="sm">
        <Title order={2} id="home-technologies">
          {t('home.technologies')}
        </Title>
        <TechnologyCards />
      </Stack>
      <Stack component="section" aria-labelledby="home-editions" gap="sm">
        <Title order={2} id="home-editions">
          {t('home.editions')}
        </Title>
        <EditionList />
      </Stack>
    </Stack>
  );
}
