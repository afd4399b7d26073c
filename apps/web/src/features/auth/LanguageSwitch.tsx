import { SegmentedControl } from '@mantine/core';
import { LANGUAGES } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';

/** Language choice before sign-in; it lasts for this visit only, afterwards the user's preference applies. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(language) => void i18n.changeLanguage(language)}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: <span lang={language}>{t(`language.${language}`)}</span>,
      }))}
    />
  );
}
