import { Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { MainNav } from './MainNav';
import { NotificationBell } from '../notifications/NotificationBell';
import { MeMenu } from './MeMenu';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

const NAVIGATION_ID = 'main-navigation';

/** The frame of every signed-in page: header with the "me" menu, navigation (a burger menu on small screens), content. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Mantine's "sm" breakpoint (48em): below it the navigation slides in over the page.
  const smallScreen = useMediaQuery('(max-width: 47.99em)');

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(opened ? 'nav.close' : 'nav.open')}
              aria-expanded={opened}
              aria-controls={NAVIGATION_ID}
            />
            <Anchor component={Link} to="/" fw={700} c="inherit" underline="never" truncate>
              {t('app.name')}
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <MeMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {/* Off screen when collapsed, so it must also leave the tab order and the accessibility tree. */}
      <AppShell.Navbar id={NAVIGATION_ID} aria-label={t('nav.label')} p="sm" inert={smallScreen && !opened}>
        <MainNav onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
