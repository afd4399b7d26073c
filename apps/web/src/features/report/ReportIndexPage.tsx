import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../shared/use-page-title';
import { EditionList } from './EditionList';

export function ReportIndexPage() {
  const { t } = useTranslation();
  usePageTitle(t('report.title'));
  return (
    <Stack>
      <Title order={1}>{t('report.title')}</Title>
      <EditionList />
    </Stack>
  );
}
