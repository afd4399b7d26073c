import { Stack, Text, Title } from '@mantine/core';
import type { TItem } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../../shared/components/Markdown';

function MarkdownSection({ title, source }: { title: string; source: string }) {
  return (
    <Stack component="section" gap="xs">
      <Title order={2} size="h3">
        {title}
      </Title>
      <Markdown source={source} />
    </Stack>
  );
}

/** The item's text: summary, body and the Markdown fields of its kind. */
export function ItemContent({ item }: { item: TItem }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" lang={item.language}>
      {item.summary && (
        <Text size="lg" style={{ whiteSpace: 'pre-wrap' }}>
          {item.summary}
        </Text>
      )}
      {item.kind === 'LESSON' && (
        <>
          <MarkdownSection title={t('items.fields.context')} source={item.context} />
          <MarkdownSection title={t('items.fields.lesson')} source={item.lesson} />
        </>
      )}
      {item.body && <MarkdownSection title={t('items.fields.body')} source={item.body} />}
      {item.kind === 'PILOT' && item.outcomes && (
        <MarkdownSection title={t('items.fields.outcomes')} source={item.outcomes} />
      )}
    </Stack>
  );
}
