import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { ZLoginRequest, type TLoginRequest } from '@srt/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import type { z } from 'zod';
import { useSignIn } from '../../api/auth/mutations';
import { useMe } from '../../api/auth/queries';
import { fieldErrorText } from '../../shared/forms/field-error';
import { usePageTitle } from '../../shared/use-page-title';
import { signInErrorMessage } from './sign-in-error';
import type { SignInState } from './sign-in-state';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const me = useMe();
  const state = useLocation().state as SignInState | null;
  const signIn = useSignIn();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<z.input<typeof ZLoginRequest>, unknown, TLoginRequest>({
    resolver: zodResolver(ZLoginRequest),
    defaultValues: { email: '', password: '' },
  });

  // Signing in fills the "me" query; this render then takes the user back to where they were going.
  if (me.data) return <Navigate to={state?.from ?? '/'} replace />;

  return (
    <form noValidate onSubmit={handleSubmit((values) => signIn.mutate(values))}>
      <Stack>
        <Title order={1}>{t('signIn.title')}</Title>
        {state?.notice && !signIn.error && (
          <Alert color="green" variant="light" role="status">
            {t(`signIn.notices.${state.notice}`)}
          </Alert>
        )}
        {signIn.error && (
          <Alert color="red" variant="light" role="alert">
            {signInErrorMessage(signIn.error)}
          </Alert>
        )}
        <TextInput
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          required
          {...register('email')}
          error={fieldErrorText(errors.email)}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          {...register('password')}
          error={fieldErrorText(errors.password)}
        />
        <Button type="submit" loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('signIn.forgotPassword')}
        </Anchor>
      </Stack>
    </form>
  );
}
