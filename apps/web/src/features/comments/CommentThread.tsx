import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { ZCreateComment, type TCreateComment } from '@srt/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useCreateComment } from '../../api/comments/mutations';
import { useComments } from '../../api/comments/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { fieldErrorText } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/FormAlert';
import { placeServerErrors } from '../../shared/forms/server-errors';
import { CommentEntry } from './CommentEntry';

/** One thread: the comments (or internal notes) oldest first, and a form to add one. */
export function CommentThread({ reference, internal }: { reference: string; internal: boolean }) {
  const { t } = useTranslation();
  const comments = useComments(reference, internal);
  return (
    <Stack gap="md">
      <QueryStatus query={comments}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm">{t(internal ? 'comments.noNotes' : 'comments.none')}</Text>
          ) : (
            <Stack
              component="ol"
              gap="sm"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label={t(internal ? 'comments.internal' : 'comments.public')}
            >
              {list.map((comment) => (
                <CommentEntry key={comment.id} reference={reference} comment={comment} />
              ))}
            </Stack>
          )
        }
      </QueryStatus>
      <NewCommentForm reference={reference} internal={internal} />
    </Stack>
  );
}

function NewCommentForm({ reference, internal }: { reference: string; internal: boolean }) {
  const { t } = useTranslation();
  const create = useCreateComment(reference);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<z.input<typeof ZCreateComment>, unknown, TCreateComment>({
    resolver: zodResolver(ZCreateComment),
    defaultValues: { body: '', internal },
  });
  const submit = handleSubmit((comment) => {
    setFormError(null);
    create.mutate(comment, {
      onSuccess: () => reset({ body: '', internal }),
      onError: (error) => setFormError(placeServerErrors(error, ['body'], setError)),
    });
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="xs">
        <FormAlert message={formError} />
        <Textarea
          label={t(internal ? 'comments.newNote' : 'comments.new')}
          description={t('comments.markdownHelp')}
          autosize
          minRows={3}
          {...register('body')}
          error={fieldErrorText(errors.body)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t(internal ? 'comments.postNote' : 'comments.post')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
