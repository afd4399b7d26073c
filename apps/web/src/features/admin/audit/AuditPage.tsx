import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../../../api/audit/keys';
import { useAuditLog } from '../../../api/audit/queries';
import { LoadMoreButton } from '../../../shared/components/LoadMoreButton';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { usePageTitle } from '../../../shared/use-page-title';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(filters);
  return (
    <Stack>
      <Title order={1}>{t('audit.title')}</Title>
      <AuditFilterForm onApply={setFilters} />
      <QueryStatus query={log}>
        {(data) => <AuditTable entries={data.pages.flatMap((page) => page.items)} />}
      </QueryStatus>
      <LoadMoreButton query={log} />
    </Stack>
  );
}
