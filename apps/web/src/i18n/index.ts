import { LANGUAGES, type TLanguage } from '@srt/contracts';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import en from './en.json';
import fr from './fr.json';
import { translateIssue } from './zod-messages';

// Typed as the English texts: a key missing in French fails the type check instead of showing English.
const french: typeof en = fr;
const resources = { en: { translation: en }, fr: { translation: french } } as const;

/** Before sign-in the browser's language decides; afterwards the user's saved preference. */
function browserLanguage(): TLanguage {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag.slice(0, 2).toLowerCase();
    if ((LANGUAGES as readonly string[]).includes(base)) return base as TLanguage;
  }
  return 'en';
}

export function currentLanguage(): TLanguage {
  return i18next.resolvedLanguage === 'fr' ? 'fr' : 'en';
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources,
  lng: browserLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
});

// Zod's built-in messages are English only; the contract schemas' own messages go through translateFieldMessage.
z.config({ customError: translateIssue });
