import type { Page } from '@playwright/test';

/** The main navigation's entries, as each language labels them. */
export const NAV_ENTRIES = {
  en: {
    home: 'Home',
    items: 'Items',
    triage: 'Triage',
    report: 'Report',
    insight: 'Insight',
    import: 'Import',
    taxonomies: 'Taxonomies',
    users: 'Users',
    organisations: 'Organisations',
    audit: 'Audit log',
  },
  fr: {
    home: 'Accueil',
    items: 'Éléments',
    triage: 'Tri',
    report: 'Rapport',
    insight: 'Analyse',
    import: 'Import',
    taxonomies: 'Taxonomies',
    users: 'Utilisateurs',
    organisations: 'Organisations',
    audit: 'Journal d’audit',
  },
} as const;

export type NavEntry = keyof (typeof NAV_ENTRIES)['en'];
export type Language = keyof typeof NAV_ENTRIES;

export const ALL_ENTRIES = Object.keys(NAV_ENTRIES.en) as NavEntry[];

const NAV_LABEL: Record<Language, string> = { en: 'Main', fr: 'Principale' };

export function mainNavigation(page: Page, language: Language = 'en') {
  return page.getByRole('navigation', { name: NAV_LABEL[language], exact: true });
}
