import { Alert, Button, FileInput, Group, Radio, Stack, Table, Text, Title } from '@mantine/core';
import type { TImportReport } from '@srt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { translateFieldIssue } from '../../i18n/problems';
import { useImportItems } from '../../api/data-exchange/mutations';
import { ScrollableTable } from '../../shared/components/ScrollableTable';
import { describeError } from '../../shared/errors';
import { usePageTitle } from '../../shared/use-page-title';

const TEN_MB = 10 * 1024 * 1024;

/** Upload, a dry run listing every problem by row, then the real import of all rows or none. */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('import.title'));
  const [file, setFile] = useState<File | null>(null);
  const [as, setAs] = useState<'draft' | 'submitted'>('draft');
  const [preview, setPreview] = useState<TImportReport | null>(null);
  const [created, setCreated] = useState<string[] | null>(null);
  const importItems = useImportItems();
  const tooBig = file !== null && file.size > TEN_MB;

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setCreated(null);
    const report = await importItems.mutateAsync({ file, dryRun, as });
    if (dryRun) setPreview(report);
    else {
      setPreview(null);
      setCreated(report.created);
    }
  };
  const issues =
    preview?.issues ??
    (importItems.error instanceof ApiError && importItems.error.is('IMPORT_REFUSED')
      ? importItems.error.problem.issues
      : []);

  return (
    <Stack maw={900}>
      <Title order={1}>{t('import.title')}</Title>
      <Text c="dimmed">{t('import.intro')}</Text>
      <FileInput
        label={t('import.file')}
        accept=".csv,text/csv"
        value={file}
        onChange={(next) => {
          setFile(next);
          setPreview(null);
          setCreated(null);
          importItems.reset();
        }}
        error={tooBig ? t('import.tooBig') : undefined}
        clearable
      />
      <Radio.Group label={t('import.as')} value={as} onChange={(value) => setAs(value as 'draft' | 'submitted')}>
        <Group mt="xs">
          <Radio value="draft" label={t('import.asDraft')} />
          <Radio value="submitted" label={t('import.asSubmitted')} />
        </Group>
      </Radio.Group>
      <Group>
        <Button
          onClick={() => void run(true)}
          disabled={!file || tooBig}
          loading={importItems.isPending && importItems.variables?.dryRun}
        >
          {t('import.check')}
        </Button>
        <Button
          color="teal"
          onClick={() => void run(false)}
          disabled={!preview?.valid}
          loading={importItems.isPending && importItems.variables?.dryRun === false}
        >
          {t('import.confirm', { count: preview?.rows ?? 0 })}
        </Button>
      </Group>
      {importItems.error && !(importItems.error instanceof ApiError && importItems.error.is('IMPORT_REFUSED')) && (
        <Alert color="red" role="alert">
          {describeError(importItems.error)}
        </Alert>
      )}
      {preview?.valid && (
        <Alert color="teal" role="status">
          {t('import.ready', { count: preview.rows })}
        </Alert>
      )}
      {created && (
        <Alert color="teal" role="status">
          {t('import.done', {
            count: created.length,
            first: created[0] ?? '',
            last: created[created.length - 1] ?? '',
          })}
        </Alert>
      )}
      {issues.length > 0 && (
        <Stack gap="xs">
          <Alert color="red" role="alert">
            {t('import.problems', { count: issues.length })}
          </Alert>
          <ScrollableTable label={t('import.problemsTable')} minWidth={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.row')}</Table.Th>
                <Table.Th>{t('import.column')}</Table.Th>
                <Table.Th>{t('import.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {issues.map((issue, index) => (
                <Table.Tr key={`${issue.row}-${issue.field}-${index}`}>
                  <Table.Td>{issue.row}</Table.Td>
                  <Table.Td>{issue.field}</Table.Td>
                  <Table.Td>{translateFieldIssue(issue)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollableTable>
        </Stack>
      )}
    </Stack>
  );
}
