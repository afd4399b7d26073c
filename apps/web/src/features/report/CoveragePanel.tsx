import { Anchor, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { TCoverage } from '@srt/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCoverage } from '../../api/report/queries';
import { useTechnologies } from '../../api/technologies/queries';
import { currentLanguage } from '../../i18n';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { ScrollableTable } from '../../shared/components/ScrollableTable';
import { technologyName } from '../../shared/technology-name';
import { itemPath } from '../items/item-path';
import { sectionLink } from './report-location';

/** How well the edition is backed by items: what is missing, what needs checking, and where items are. */
export function CoveragePanel({ editionId }: { editionId: string }) {
  const coverage = useCoverage(editionId);
  return <QueryStatus query={coverage}>{(data) => <CoverageView coverage={data} />}</QueryStatus>;
}

/** A link to a section: it opens the section's chapter. */
function SectionLink({ anchor, children }: { anchor: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={sectionLink(anchor)} size="sm">
      {children}
    </Anchor>
  );
}

/** A titled part of the coverage; its tables name their own scrolling regions, so it is not a region itself. */
function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function CoverageView({ coverage }: { coverage: TCoverage }) {
  const { t } = useTranslation();
  const technologies = useTechnologies();
  const language = currentLanguage();
  const nameOf = (slug: string) => {
    const technology = technologies.data?.find((each) => each.slug === slug);
    return technology ? technologyName(technology, language) : slug;
  };
  const cell = (technology: string, chapterId: string) =>
    coverage.matrix.cells.find((each) => each.technology === technology && each.chapterId === chapterId)?.count ?? 0;

  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Block title={t('report.coverage.untraced', { count: coverage.untraced.length })}>
          {coverage.untraced.length === 0 ? (
            <Text size="sm">{t('report.coverage.noUntraced')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {coverage.untraced.map((item) => (
                <List.Item key={item.reference}>
                  <Anchor component={Link} to={itemPath(item.reference)} size="sm">
                    {item.reference} · {item.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
        </Block>
        <Block title={t('report.coverage.empty', { count: coverage.emptySections.length })}>
          {coverage.emptySections.length === 0 ? (
            <Text size="sm">{t('report.coverage.noEmpty')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {coverage.emptySections.map((place) => (
                <List.Item key={place.sectionId}>
                  <SectionLink anchor={place.anchor}>
                    {place.chapter} › {place.section}
                  </SectionLink>
                </List.Item>
              ))}
            </List>
          )}
        </Block>
        <Block title={t('report.coverage.suspect', { count: coverage.suspectLinks.length })}>
          {coverage.suspectLinks.length === 0 ? (
            <Text size="sm">{t('report.coverage.noSuspect')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {coverage.suspectLinks.map((link) => (
                <List.Item key={link.traceId}>
                  <SectionLink anchor={link.anchor}>
                    {link.reference} → {link.chapter} › {link.section}
                  </SectionLink>
                </List.Item>
              ))}
            </List>
          )}
        </Block>
      </SimpleGrid>

      {coverage.notAccepted.length > 0 && (
        <Block title={t('report.coverage.notAccepted', { count: coverage.notAccepted.length })}>
          <Text size="sm">{t('report.coverage.notAcceptedHelp')}</Text>
          <List size="sm" spacing={2}>
            {coverage.notAccepted.map((link) => (
              <List.Item key={link.traceId}>
                <SectionLink anchor={link.anchor}>
                  {link.reference} ({t(`itemStatus.${link.status}`)}) → {link.chapter} › {link.section}
                </SectionLink>
              </List.Item>
            ))}
          </List>
        </Block>
      )}

      <Block title={t('report.coverage.perChapter')}>
        <ScrollableTable label={t('report.coverage.perChapter')} minWidth={480}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('report.coverage.chapter')}</Table.Th>
              <Table.Th scope="col">{t('report.coverage.sections')}</Table.Th>
              <Table.Th scope="col">{t('report.coverage.emptySections')}</Table.Th>
              <Table.Th scope="col">{t('report.coverage.items')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {coverage.perChapter.map((chapter) => (
              <Table.Tr key={chapter.chapterId}>
                <Table.Th scope="row" fw={400}>
                  {chapter.title}
                </Table.Th>
                <Table.Td>{chapter.sections}</Table.Td>
                <Table.Td>{chapter.emptySections}</Table.Td>
                <Table.Td>{chapter.items}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollableTable>
      </Block>

      <Block title={t('report.coverage.matrix')}>
        <Text size="sm">{t('report.coverage.matrixHelp')}</Text>
        <ScrollableTable
          label={t('report.coverage.matrix')}
          minWidth={Math.max(480, 140 + coverage.matrix.chapters.length * 90)}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('report.coverage.technology')}</Table.Th>
              {coverage.matrix.chapters.map((chapter) => (
                <Table.Th scope="col" key={chapter.chapterId}>
                  {chapter.title}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {coverage.matrix.technologies.map((technology) => (
              <Table.Tr key={technology}>
                <Table.Th scope="row" fw={400}>
                  {nameOf(technology)}
                </Table.Th>
                {coverage.matrix.chapters.map((chapter) => {
                  const count = cell(technology, chapter.chapterId);
                  return (
                    <Table.Td
                      key={chapter.chapterId}
                      c={count === 0 ? 'dimmed' : undefined}
                      fw={count > 0 ? 600 : undefined}
                    >
                      {count}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollableTable>
      </Block>
    </Stack>
  );
}
