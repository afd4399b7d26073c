import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { ZPasswordResetRequest } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRequestPasswordReset } from '../../api/auth/mutations';
import { fieldErrorText } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/FormAlert';
import { useServerForm } from '../../shared/forms/use-server-form';
import { usePageTitle } from '../../shared/use-page-title';

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.title'));
  const requestReset = useRequestPasswordReset();
  const {
    register,
    formState: { errors },
    formError,
    submitWith,
  } = useServerForm(ZPasswordResetRequest, {
    defaultValues: { email: '' },
    fields: FIELDS,
  });

  const submit = submitWith(requestReset);

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
