import { Alert, Anchor, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { FIELD_MESSAGES, ZPassword } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useConfirmPasswordReset } from '../../api/auth/mutations';
import { ApiError } from '../../api/client';
import { fieldErrorText } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/FormAlert';
import { useServerForm } from '../../shared/forms/use-server-form';
import { usePageTitle } from '../../shared/use-page-title';
import type { SignInState } from './sign-in-state';

// The mismatch message is one of the contracts' own, so that the form shows it translated from its code.
const ZNewPassword = z
  .object({ password: ZPassword, confirmation: z.string() })
  .refine((values) => values.password === values.confirmation, {
    path: ['confirmation'],
    message: FIELD_MESSAGES.PASSWORDS_DIFFER,
  });
const FIELDS = ['password'] as const;

/** Where a reset link (`/reset-password`) or an invitation link (`/set-password`) from an email lands. */
export function SetPasswordPage({ purpose }: { purpose: 'reset' | 'invitation' }) {
  const { t } = useTranslation();
  const title = purpose === 'reset' ? t('setPassword.resetTitle') : t('setPassword.invitationTitle');
  usePageTitle(title);
  const token = useSearchParams()[0].get('token');
  const navigate = useNavigate();
  const confirm = useConfirmPasswordReset();
  const {
    register,
    handleSubmit,
    formState: { errors },
    formError,
    setFormError,
    showServerError,
  } = useServerForm(ZNewPassword, {
    defaultValues: { password: '', confirmation: '' },
    fields: FIELDS,
  });

  const submit = handleSubmit(({ password }) => {
    confirm.mutate(
      { token: token ?? '', password },
      {
        onSuccess: () => {
          const state: SignInState = { notice: purpose === 'reset' ? 'passwordReset' : 'accountReady' };
          void navigate('/sign-in', { replace: true, state });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.is('INVALID_LINK')) setFormError(t('setPassword.invalidLink'));
          else showServerError(error);
        },
      },
    );
  });

  return (
    <Stack>
      <Title order={1}>{title}</Title>
      {token ? (
        <form noValidate onSubmit={submit}>
          <Stack>
            <Text>{t('setPassword.intro')}</Text>
            <FormAlert message={formError} />
            <PasswordInput
              label={t('setPassword.password')}
              autoComplete="new-password"
              required
              {...register('password')}
              error={fieldErrorText(errors.password)}
            />
            <PasswordInput
              label={t('setPassword.confirmation')}
              autoComplete="new-password"
              required
              {...register('confirmation')}
              error={fieldErrorText(errors.confirmation)}
            />
            <Button type="submit" loading={confirm.isPending}>
              {t('setPassword.submit')}
            </Button>
          </Stack>
        </form>
      ) : (
        <Alert color="red" variant="light" role="alert">
          {t('setPassword.missingToken')}
        </Alert>
      )}
      <Anchor component={Link} to="/forgot-password" size="sm">
        {t('setPassword.requestNewLink')}
      </Anchor>
    </Stack>
  );
}
