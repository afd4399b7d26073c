import { Anchor, Box, Container, Group, Paper } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the pages reachable without a session: sign in and password links. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <Box component="header" px="md" py="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Anchor component={Link} to="/sign-in" fw={700} c="inherit" underline="never">
            {t('app.name')}
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" size={440} px="md" py="xl">
        <Paper withBorder p="lg" radius="md">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Paper>
      </Container>
    </>
  );
}
