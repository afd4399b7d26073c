import type { TLanguage } from '@srt/contracts';

export function technologyName(technology: { nameEn: string; nameFr: string }, language: TLanguage): string {
  return language === 'fr' ? technology.nameFr : technology.nameEn;
}
