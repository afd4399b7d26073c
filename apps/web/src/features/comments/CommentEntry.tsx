import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { ZUpdateComment, type TComment } from '@srt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteComment, useUpdateComment } from '../../api/comments/mutations';
import { ConfirmActionButton } from '../../shared/components/ConfirmActionButton';
import { Markdown } from '../../shared/components/Markdown';
import { fieldErrorText } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/FormAlert';
import { useServerForm } from '../../shared/forms/use-server-form';
import { formatDateTime } from '../../shared/format';
import { notifyFailure } from '../../shared/notify';

/** One comment; its author may change or delete it while the API says it is `editable` (15 minutes). */
export function CommentEntry({ reference, comment }: { reference: string; comment: TComment }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const remove = useDeleteComment(reference);
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {comment.author.displayName}{' '}
            <Text span size="sm" c="dimmed" fw={400}>
              · {comment.author.organisation}
            </Text>
          </Text>
          <Text size="xs" c="dimmed">
            <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
            {comment.editedAt && ` · ${t('comments.edited')}`}
          </Text>
        </Group>
        {comment.deleted ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('comments.deleted')}
          </Text>
        ) : editing ? (
          <EditCommentForm reference={reference} comment={comment} onDone={() => setEditing(false)} />
        ) : (
          <Markdown source={comment.body} />
        )}
        {comment.editable && !comment.deleted && !editing && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t('comments.edit')}
            </Button>
            <ConfirmActionButton
              label={t('comments.delete')}
              accessibleLabel={t('comments.delete')}
              title={t('comments.deleteTitle')}
              message={t('comments.deleteMessage')}
              confirmLabel={t('comments.delete')}
              color="red"
              loading={remove.isPending}
              onConfirm={() => remove.mutateAsync(comment.id).catch(notifyFailure)}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function EditCommentForm({ reference, comment, onDone }: { reference: string; comment: TComment; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateComment(reference);
  const {
    register,
    handleSubmit,
    formState: { errors },
    formError,
    showServerError,
  } = useServerForm(ZUpdateComment, {
    defaultValues: { body: comment.body },
    fields: ['body'],
  });
  const submit = handleSubmit(({ body }) => {
    update.mutate({ id: comment.id, body }, { onSuccess: onDone, onError: showServerError });
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="xs">
        <FormAlert message={formError} />
        <Textarea
          label={t('comments.editLabel')}
          autosize
          minRows={2}
          data-autofocus
          {...register('body')}
          error={fieldErrorText(errors.body)}
        />
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button size="xs" type="submit" loading={update.isPending}>
            {t('comments.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
