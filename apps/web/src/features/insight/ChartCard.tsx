import { Accordion, Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartCardProps {
  title: string;
  description: string;
  chart: ReactNode;
  /** The same figures as a table: what screen readers and keyboard users get. */
  table: ReactNode;
  /** Takes the whole row of the page's grid (a matrix needs the room). */
  wide?: boolean;
}

export function ChartCard({ title, description, chart, table, wide = false }: ChartCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-label={title} style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        <div aria-hidden="true">{chart}</div>
        <Accordion variant="contained">
          <Accordion.Item value="table">
            <Accordion.Control>{t('insight.showTable')}</Accordion.Control>
            <Accordion.Panel>{table}</Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Card>
  );
}
