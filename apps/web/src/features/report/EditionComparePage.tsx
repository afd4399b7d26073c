import { Anchor, Badge, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import type { TEditionDiff } from '@srt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEditionDiff } from '../../api/report/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { ScrollableTable } from '../../shared/components/ScrollableTable';
import { usePageTitle } from '../../shared/use-page-title';
import { itemPath } from '../items/item-path';

type SectionChange = TEditionDiff['sections'][number];

const changed = (section: SectionChange) =>
  section.change !== 'kept' ||
  section.itemsAdded.length > 0 ||
  section.itemsRemoved.length > 0 ||
  section.itemsMovedIn.length > 0;

/** `/report/compare/:fromId/:toId`: per section, what the later edition adds, drops or moves in, side by side. */
export function EditionComparePage() {
  const { fromId = '', toId = '' } = useParams();
  const diff = useEditionDiff(fromId, toId);
  return <QueryStatus query={diff}>{(data) => <DiffView diff={data} />}</QueryStatus>;
}

function References({ references, kind }: { references: string[]; kind: 'added' | 'removed' }) {
  if (references.length === 0) return null;
  return (
    <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
      {references.map((reference) => (
        <li key={reference}>
          <Anchor
            component={Link}
            to={itemPath(reference)}
            size="sm"
            td={kind === 'removed' ? 'line-through' : undefined}
          >
            {reference}
          </Anchor>
        </li>
      ))}
    </Stack>
  );
}

function DiffView({ diff }: { diff: TEditionDiff }) {
  const { t } = useTranslation();
  const title = t('report.compare.title', { from: diff.from.label, to: diff.to.label });
  usePageTitle(title);
  const [showAll, setShowAll] = useState(false);
  const rows = showAll ? diff.sections : diff.sections.filter(changed);
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <Group gap="md" wrap="wrap">
        <Anchor component={Link} to={`/report/${diff.from.id}`}>
          {diff.from.label}
        </Anchor>
        <Anchor component={Link} to={`/report/${diff.to.id}`}>
          {diff.to.label}
        </Anchor>
        <Anchor component={Link} to={`/report/compare/${diff.to.id}/${diff.from.id}`}>
          {t('report.compare.swap')}
        </Anchor>
      </Group>
      <Switch
        label={t('report.compare.showAll')}
        checked={showAll}
        onChange={(event) => setShowAll(event.currentTarget.checked)}
      />
      {rows.length === 0 ? (
        <Text>{t('report.compare.same')}</Text>
      ) : (
        <ScrollableTable label={title} minWidth={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('report.compare.section')}</Table.Th>
              <Table.Th scope="col">{t('report.compare.removed', { label: diff.from.label })}</Table.Th>
              <Table.Th scope="col">{t('report.compare.added', { label: diff.to.label })}</Table.Th>
              <Table.Th scope="col">{t('report.compare.movedIn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((section) => (
              <Table.Tr key={`${section.anchor}-${section.change}`}>
                <Table.Th scope="row" fw={400}>
                  <Stack gap={4}>
                    <Text size="sm">
                      {section.chapter} › {section.section}
                    </Text>
                    {section.change !== 'kept' && (
                      <Badge variant="dot" color={section.change === 'added' ? 'green' : 'red'}>
                        {t(`report.compare.sectionChange.${section.change}`)}
                      </Badge>
                    )}
                  </Stack>
                </Table.Th>
                <Table.Td>
                  <References references={section.itemsRemoved} kind="removed" />
                </Table.Td>
                <Table.Td>
                  <References references={section.itemsAdded} kind="added" />
                </Table.Td>
                <Table.Td>
                  <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
                    {section.itemsMovedIn.map((moved) => (
                      <li key={moved.reference}>
                        <Anchor component={Link} to={itemPath(moved.reference)} size="sm">
                          {moved.reference}
                        </Anchor>{' '}
                        <Text span size="xs" c="dimmed">
                          {t('report.compare.movedFrom', { place: moved.from })}
                        </Text>
                      </li>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollableTable>
      )}
    </Stack>
  );
}
