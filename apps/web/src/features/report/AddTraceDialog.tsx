import { Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { TReportSection } from '@srt/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFirstItems } from '../../api/items/queries';
import { useCreateTrace } from '../../api/report/mutations';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { FormAlert } from '../../shared/forms/FormAlert';
import { describeError } from '../../shared/errors';
import { notifySuccess } from '../../shared/notify';

const SHOWN = 10;

interface AddTraceDialogProps {
  editionId: string;
  section: TReportSection | null;
  onClose: () => void;
}

/** Picks an accepted item (searched as one types) and traces it to the section with a note on how it is used. */
export function AddTraceDialog({ editionId, section, onClose }: AddTraceDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={section !== null}
      onClose={onClose}
      title={section ? t('report.trace.addTitle', { section: section.title }) : ''}
      size="lg"
    >
      {section && <AddTraceForm key={section.id} editionId={editionId} section={section} onDone={onClose} />}
    </Modal>
  );
}

function AddTraceForm({
  editionId,
  section,
  onDone,
}: {
  editionId: string;
  section: TReportSection;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const candidates = useFirstItems({ status: ['ACCEPTED'], q: q || undefined }, SHOWN);
  const [chosen, setChosen] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const createTrace = useCreateTrace(editionId);
  const alreadyTraced = new Set(section.traces.map((trace) => trace.item.reference));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return setFormError(t('report.trace.chooseItem'));
    setFormError(null);
    createTrace.mutate(
      { sectionId: section.id, trace: { itemRef: chosen, note: note.trim() } },
      {
        onSuccess: (trace) => {
          notifySuccess(t('report.trace.added', { reference: trace.item.reference }));
          onDone();
        },
        onError: (error) => setFormError(describeError(error)),
      },
    );
  };

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormAlert message={formError} />
        <TextInput
          type="search"
          label={t('report.trace.search')}
          description={t('report.trace.searchHelp')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          data-autofocus
        />
        <QueryStatus query={candidates}>
          {(page) =>
            page.items.length === 0 ? (
              <Text size="sm">{t('report.trace.noCandidate')}</Text>
            ) : (
              <Radio.Group label={t('report.trace.item')} value={chosen} onChange={setChosen} required>
                <Stack gap={6} mt="xs">
                  {page.items.map((item) => (
                    <Radio
                      key={item.reference}
                      value={item.reference}
                      disabled={alreadyTraced.has(item.reference)}
                      label={`${item.reference} · ${item.title}`}
                      description={alreadyTraced.has(item.reference) ? t('report.trace.alreadyHere') : undefined}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )
          }
        </QueryStatus>
        <Textarea
          label={t('report.trace.note')}
          description={t('report.trace.noteHelp')}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={createTrace.isPending}>
            {t('report.trace.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
