import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganisations } from '../../../api/organisations/queries';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { usePageTitle } from '../../../shared/use-page-title';
import { CreateOrganisationForm } from './CreateOrganisationForm';
import { OrganisationsTable } from './OrganisationsTable';

export function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.title'));
  const organisations = useOrganisations();
  return (
    <Stack>
      <Title order={1}>{t('organisations.title')}</Title>
      <CreateOrganisationForm />
      <QueryStatus query={organisations}>{(list) => <OrganisationsTable organisations={list} />}</QueryStatus>
    </Stack>
  );
}
