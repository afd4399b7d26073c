import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { ZCreateComment } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useCreateComment } from '../../api/comments/mutations';
import { useComments } from '../../api/comments/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { fieldErrorText } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/FormAlert';
import { useServerForm } from '../../shared/forms/use-server-form';
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
  const {
    register,
    reset,
    formState: { errors },
    formError,
    submitWith,
  } = useServerForm(ZCreateComment, {
    defaultValues: { body: '', internal },
    fields: ['body'],
  });
  const submit = submitWith(create, () => reset({ body: '', internal }));
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
