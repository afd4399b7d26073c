import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/use-page-title';
import { MeetingsPanel } from './MeetingsPanel';
import { SourcesPanel } from './SourcesPanel';
import { TechnologiesPanel } from './TechnologiesPanel';

export function TaxonomiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('taxonomies.title'));
  return (
    <Stack>
      <Title order={1}>{t('taxonomies.title')}</Title>
      <Tabs defaultValue="technologies" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="technologies">{t('taxonomies.technologies')}</Tabs.Tab>
          <Tabs.Tab value="sources">{t('taxonomies.sources')}</Tabs.Tab>
          <Tabs.Tab value="meetings">{t('taxonomies.meetings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="technologies" pt="md">
          <TechnologiesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="sources" pt="md">
          <SourcesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="meetings" pt="md">
          <MeetingsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
