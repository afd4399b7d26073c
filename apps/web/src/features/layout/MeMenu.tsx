import { Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { LANGUAGES, type TLanguage } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useUpdateLanguage } from '../../api/auth/mutations';
import { notifyFailure } from '../../shared/notify';
import type { SignOutState } from '../auth/SignOutPage';
import { useSignedInUser } from '../auth/signed-in-user';

/** The signed-in user's menu: who they are, their language (saved to their account) and signing out. */
export function MeMenu() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const navigate = useNavigate();
  const updateLanguage = useUpdateLanguage();

  const chooseLanguage = (language: TLanguage) => {
    if (language !== me.preferredLanguage) updateLanguage.mutate(language, { onError: notifyFailure });
  };
  const leave = () => {
    const state: SignOutState = { requested: true };
    void navigate('/sign-out', { state });
  };

  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        {/* Narrower on a phone, leaving the application's name room; a line height that keeps descenders. */}
        <Button variant="subtle" maw={{ base: 140, sm: 200 }}>
          <Text span truncate inherit lh={1.4}>
            {me.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {me.email}
          </Text>
          {t(`roles.${me.role}`)} · {me.organisation.name}
        </Menu.Label>
        <Menu.Divider />
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            leftSection={<span aria-hidden="true">{language === me.preferredLanguage ? '✓' : ''}</span>}
            onClick={() => chooseLanguage(language)}
          >
            {t(`language.${language}`)}
            {language === me.preferredLanguage && <VisuallyHidden>{t('language.current')}</VisuallyHidden>}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={leave}>{t('me.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
