import { Badge, Code, Table } from '@mantine/core';
import type { TTechnology } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../../../shared/components/ScrollableTable';
import { TechnologyActiveToggle } from './TechnologyActiveToggle';

export function TechnologiesTable({ technologies }: { technologies: TTechnology[] }) {
  const { t } = useTranslation();
  return (
    <ScrollableTable label={t('taxonomies.technologies')} minWidth={760}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('technologies.fields.slug')}</Table.Th>
          <Table.Th>{t('technologies.fields.nameEn')}</Table.Th>
          <Table.Th>{t('technologies.fields.nameFr')}</Table.Th>
          <Table.Th>{t('technologies.fields.description')}</Table.Th>
          <Table.Th>{t('common.status')}</Table.Th>
          <Table.Th>{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {technologies.map((technology) => (
          <Table.Tr key={technology.id}>
            <Table.Td>
              <Code>{technology.slug}</Code>
            </Table.Td>
            <Table.Td lang="en">{technology.nameEn}</Table.Td>
            <Table.Td lang="fr">{technology.nameFr}</Table.Td>
            <Table.Td>{technology.description}</Table.Td>
            <Table.Td>
              <Badge variant="dot" color={technology.active ? 'green' : 'gray'} miw="max-content">
                {technology.active ? t('common.active') : t('common.inactive')}
              </Badge>
            </Table.Td>
            <Table.Td>
              <TechnologyActiveToggle technology={technology} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollableTable>
  );
}
