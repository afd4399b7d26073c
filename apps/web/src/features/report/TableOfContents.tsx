import { Anchor, List, Title } from '@mantine/core';
import type { TEditionTree } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { chapterTitle } from './chapter-title';

const HEADING_ID = 'table-of-contents';

export function TableOfContents({ chapters }: { chapters: TEditionTree['chapters'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <nav aria-labelledby={HEADING_ID}>
      <Title order={2} id={HEADING_ID} mb="xs">
        {t('report.tableOfContents')}
      </Title>
      <List type="ordered" spacing={4}>
        {chapters.map((chapter) => (
          <List.Item key={chapter.id}>
            {chapterTitle(chapter, language)}
            <List type="ordered" withPadding spacing={2}>
              {chapter.sections.map((section) => (
                <List.Item key={section.id}>
                  <Anchor href={`#${section.anchor}`}>{section.title}</Anchor>
                </List.Item>
              ))}
            </List>
          </List.Item>
        ))}
      </List>
    </nav>
  );
}
