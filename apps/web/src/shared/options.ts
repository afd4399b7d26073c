import { LANGUAGES, ORGANISATION_TYPES, ROLES, SOURCE_KINDS } from '@srt/contracts';
import i18next from 'i18next';

/** Choices for the Select inputs, labelled in the current language. */
export const roleOptions = () => ROLES.map((role) => ({ value: role, label: i18next.t(`roles.${role}`) }));
export const languageOptions = () =>
  LANGUAGES.map((language) => ({ value: language, label: i18next.t(`language.${language}`) }));
export const organisationTypeOptions = () =>
  ORGANISATION_TYPES.map((type) => ({ value: type, label: i18next.t(`organisationTypes.${type}`) }));
export const sourceKindOptions = () =>
  SOURCE_KINDS.map((kind) => ({ value: kind, label: i18next.t(`sourceKinds.${kind}`) }));
