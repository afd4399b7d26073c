import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportUrl } from '../../../api/data-exchange/mutations';

/**
 * Downloads of the items the current filters select. Plain links: the API streams the file and
 * the browser shows the download's progress, however large the export.
 */
export function ExportLinks({ searchParams }: { searchParams: URLSearchParams }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('export.label')}>
      <Button component="a" variant="default" href={exportUrl('csv', searchParams)} download>
        {t('export.csv')}
      </Button>
      <Button component="a" variant="default" href={exportUrl('xlsx', searchParams)} download>
        {t('export.xlsx')}
      </Button>
    </Group>
  );
}
