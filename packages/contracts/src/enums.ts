import { z } from 'zod';

export const ROLES = ['MEMBER', 'SECRETARIAT', 'DELEGATE', 'ADMIN'] as const;
export const ZRole = z.enum(ROLES).meta({ id: 'Role' });
export type TRole = z.infer<typeof ZRole>;

export const ORGANISATION_TYPES = [
  'CUSTOMS_ADMINISTRATION',
  'PRIVATE_SECTOR',
  'INTERNATIONAL_ORGANISATION',
  'ACADEMIA',
  'WCO_SECRETARIAT',
] as const;
export const ZOrganisationType = z.enum(ORGANISATION_TYPES).meta({ id: 'OrganisationType' });
export type TOrganisationType = z.infer<typeof ZOrganisationType>;

export const LANGUAGES = ['en', 'fr'] as const;
export const ZLanguage = z.enum(LANGUAGES).meta({ id: 'Language' });
export type TLanguage = z.infer<typeof ZLanguage>;

export const SOURCE_KINDS = ['PTC', 'VWG_FC', 'WCO_BODY', 'SECRETARIAT', 'MEMBER', 'OPEN_SOURCE'] as const;
export const ZSourceKind = z.enum(SOURCE_KINDS).meta({ id: 'SourceKind' });
export type TSourceKind = z.infer<typeof ZSourceKind>;

export const EDITION_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export const ZEditionStatus = z.enum(EDITION_STATUSES).meta({ id: 'EditionStatus' });
export type TEditionStatus = z.infer<typeof ZEditionStatus>;

// Here rather than in workflow.ts, which imports items.ts: an item carries the actions its caller may take.
export const WORKFLOW_ACTIONS = [
  'submit',
  'assign',
  'request_changes',
  'resubmit',
  'accept',
  'reject',
  'withdraw',
  'reopen',
] as const;
export const ZWorkflowAction = z.enum(WORKFLOW_ACTIONS).meta({ id: 'WorkflowAction' });
export type TWorkflowAction = z.infer<typeof ZWorkflowAction>;
