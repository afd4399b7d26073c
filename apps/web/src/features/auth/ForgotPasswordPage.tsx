import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { ZPasswordResetRequest, type TPasswordResetRequest } from '@srt/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { useRequestPasswordReset } from '../../api/auth/mutations';
import { fieldErrorText } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/FormAlert';
import { placeServerErrors } from '../../shared/forms/server-errors';
import { usePageTitle } from '../../shared/use-page-title';

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.title'));
  const requestReset = useRequestPasswordReset();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<z.input<typeof ZPasswordResetRequest>, unknown, TPasswordResetRequest>({
    resolver: zodResolver(ZPasswordResetRequest),
    defaultValues: { email: '' },
  });

  const submit = handleSubmit((values) => {
    setFormError(null);
    requestReset.mutate(values, { onError: (error) => setFormError(placeServerErrors(error, FIELDS, setError)) });
  });

  return (
    <Stack>
      <Title order={1}>{t('forgotPassword.title')}</Title>
      {requestReset.isSuccess ? (
        // The same answer whether or not the account exists: the page must not reveal who has one.
        <Alert color="green" variant="light" role="status">
          {t('forgotPassword.sent')}
        </Alert>
      ) : (
        <form noValidate onSubmit={submit}>
          <Stack>
            <Text>{t('forgotPassword.intro')}</Text>
            <FormAlert message={formError} />
            <TextInput
              label={t('forgotPassword.email')}
              type="email"
              autoComplete="email"
              required
              {...register('email')}
              error={fieldErrorText(errors.email)}
            />
            <Button type="submit" loading={requestReset.isPending}>
              {t('forgotPassword.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        {t('forgotPassword.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
