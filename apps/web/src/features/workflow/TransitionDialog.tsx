import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { routes, TRANSITIONS, ZTransitionRequest, type TWorkflowAction } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useReviewers } from '../../api/users/queries';
import { useTransition } from '../../api/workflow/mutations';
import { fieldErrorText } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/FormAlert';
import { FormSelect } from '../../shared/forms/FormSelect';
import { useServerForm } from '../../shared/forms/use-server-form';
import { notifySuccess } from '../../shared/notify';
import { mayUse } from '../auth/access';
import { useSignedInUser } from '../auth/signed-in-user';

const FIELDS = ['comment', 'reviewerId', 'duplicateOf'] as const;

/** Optional text left empty is not sent: the API then records no comment. */
const emptyToUndefined = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : value;

interface TransitionDialogProps {
  reference: string;
  /** The action to take; null keeps the dialog closed. */
  action: TWorkflowAction | null;
  onClose: () => void;
}

/** Confirms one workflow action; the contracts' schema makes the comment required where the workflow does. */
export function TransitionDialog({ reference, action, onClose }: TransitionDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={action ? t(`workflow.actions.${action}.title`, { reference }) : ''}
      size="lg"
    >
      {action && <TransitionForm key={action} reference={reference} action={action} onDone={onClose} />}
    </Modal>
  );
}

function TransitionForm({
  reference,
  action,
  onDone,
}: {
  reference: string;
  action: TWorkflowAction;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const transition = useTransition(reference);
  const commentRequired = TRANSITIONS[action].commentRequired;
  const reviewers = useReviewers(action === 'assign' && mayUse(me.role, routes.listReviewers.access));
  const {
    register,
    control,
    formState: { errors },
    formError,
    submitWith,
  } = useServerForm(ZTransitionRequest, {
    defaultValues: { action, comment: undefined, reviewerId: action === 'assign' ? me.id : undefined },
    fields: FIELDS,
  });

  const reviewerOptions = [
    { value: me.id, label: t('workflow.me', { name: me.displayName }) },
    ...(reviewers.data ?? [])
      .filter((user) => user.id !== me.id)
      .map((user) => ({ value: user.id, label: user.displayName })),
  ];

  const submit = submitWith(transition, (result) => {
    notifySuccess(t('workflow.done', { reference, status: t(`itemStatus.${result.status}`) }));
    onDone();
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Text size="sm">{t(`workflow.actions.${action}.explanation`)}</Text>
        <FormAlert message={formError} />
        {action === 'assign' && (
          <FormSelect
            control={control}
            name="reviewerId"
            label={t('workflow.reviewer')}
            data={reviewerOptions}
            allowDeselect={false}
            required
          />
        )}
        <Textarea
          label={t(`workflow.actions.${action}.comment`)}
          description={t('workflow.commentHelp')}
          required={commentRequired}
          autosize
          minRows={3}
          data-autofocus
          {...register('comment', { setValueAs: emptyToUndefined })}
          error={fieldErrorText(errors.comment)}
        />
        {action === 'reject' && (
          <TextInput
            label={t('workflow.duplicateOf')}
            description={t('workflow.duplicateOfHelp')}
            placeholder="REC-0001"
            {...register('duplicateOf', {
              setValueAs: (value: string | undefined) => emptyToUndefined(value)?.trim().toUpperCase(),
            })}
            error={fieldErrorText(errors.duplicateOf)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color={action === 'reject' || action === 'withdraw' ? 'red' : undefined}
            loading={transition.isPending}
          >
            {t(`workflow.actions.${action}.confirm`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
