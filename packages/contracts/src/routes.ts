import { z } from 'zod';
import { ZAuditPage, ZAuditQuery } from './audit';
import { ZAccepted, ZLoginRequest, ZMe, ZPasswordResetConfirm, ZPasswordResetRequest, ZUpdateMe } from './auth';
import { ZNoQuery } from './common';
import { TRole } from './enums';
import {
  ZComment,
  ZCommentParams,
  ZCommentQuery,
  ZCreateComment,
  ZEndorsements,
  ZMarkNotificationsRead,
  ZNotificationPage,
  ZNotificationPreferences,
  ZNotificationQuery,
  ZUpdateComment,
  ZUpdateNotificationPreferences,
} from './collaboration';
import { ZHealth, ZReady } from './health';
import { ZExportQuery, ZImportQuery, ZImportReport, ZStats, ZStatsQuery } from './insight';
import { ZItemEvent, ZReviewer, ZTransitionRequest, ZTransitionResult, ZTriagePage, ZTriageQuery } from './workflow';
import {
  ZCreateItem,
  ZCreateLink,
  ZDeleteLinkQuery,
  ZDiffQuery,
  ZItem,
  ZItemDiff,
  ZItemFacets,
  ZItemFilters,
  ZItemListQuery,
  ZItemPage,
  ZReferenceParams,
  ZRevision,
  ZRevisionParams,
  ZRevisionSummary,
  ZSimilarItem,
  ZSimilarQuery,
  ZUpdateItem,
} from './items';
import {
  ZCoverage,
  ZCreateChapter,
  ZCreateEdition,
  ZCreateSection,
  ZCreateTrace,
  ZDocumentQuery,
  ZEditionDiff,
  ZEditionDiffParams,
  ZEditionSummary,
  ZEditionTree,
  ZPublishEdition,
  ZReportChapter,
  ZReportSection,
  ZSectionParams,
  ZTrace,
  ZUpdateChapter,
  ZUpdateEdition,
  ZUpdateSection,
} from './report';
import {
  ZCreateMeeting,
  ZCreateSourceBody,
  ZCreateTechnology,
  ZIdParams,
  ZMeeting,
  ZMeetingQuery,
  ZSlugParams,
  ZSourceBody,
  ZTechnology,
  ZUpdateMeeting,
  ZUpdateSourceBody,
  ZUpdateTechnology,
} from './taxonomies';
import { ZCreateOrganisation, ZCreateUser, ZOrganisation, ZUpdateUser, ZUser, ZUserPage, ZUserQuery } from './users';

/**
 * Who may call a route: anyone, any signed-in user, or the listed roles. ADMIN may do
 * everything (SPEC §2), so it is implied in every role list.
 */
export type Access = 'public' | 'signed-in' | readonly TRole[];

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

export interface RouteContract {
  method: HttpMethod;
  /** Express-style path (`:param`), absolute. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Success body; absent for 204 answers. */
  response?: z.ZodType;
  /** Success status when it is not 200. */
  status?: 201 | 202 | 204;
}

const route = <const T extends RouteContract>(contract: T): T => contract;

const SECRETARIAT = ['SECRETARIAT'] as const;
const ADMIN = ['ADMIN'] as const;
/** Who writes items: members and the Secretariat (delegates browse and comment). */
const MEMBERS = ['MEMBER', 'SECRETARIAT'] as const;

/** Every HTTP route of the API. The server registers exactly these; the OpenAPI document is made from them. */
export const routes = {
  health: route({ method: 'get', path: '/api/health', summary: 'Process is up', tag: 'health', access: 'public', query: ZNoQuery, response: ZHealth }),
  ready: route({ method: 'get', path: '/api/ready', summary: 'Database reachable (503 otherwise)', tag: 'health', access: 'public', query: ZNoQuery, response: ZReady }),

  login: route({ method: 'post', path: '/api/v1/auth/login', summary: 'Sign in; sets the session cookie', tag: 'auth', access: 'public', body: ZLoginRequest, response: ZMe }),
  logout: route({ method: 'post', path: '/api/v1/auth/logout', summary: 'Sign out; ends the session', tag: 'auth', access: 'signed-in', status: 204 }),
  me: route({ method: 'get', path: '/api/v1/auth/me', summary: 'The signed-in user', tag: 'auth', access: 'signed-in', query: ZNoQuery, response: ZMe }),
  updateMe: route({ method: 'patch', path: '/api/v1/auth/me', summary: 'Change own preferences', tag: 'auth', access: 'signed-in', body: ZUpdateMe, response: ZMe }),
  requestPasswordReset: route({ method: 'post', path: '/api/v1/auth/password-reset', summary: 'Email a one-time reset link (same answer whether or not the account exists)', tag: 'auth', access: 'public', body: ZPasswordResetRequest, response: ZAccepted, status: 202 }),
  confirmPasswordReset: route({ method: 'post', path: '/api/v1/auth/password-reset/confirm', summary: 'Set a password with a one-time token (reset or invitation)', tag: 'auth', access: 'public', body: ZPasswordResetConfirm, status: 204 }),

  listUsers: route({ method: 'get', path: '/api/v1/users', summary: 'Users', tag: 'users', access: ADMIN, query: ZUserQuery, response: ZUserPage }),
  createUser: route({ method: 'post', path: '/api/v1/users', summary: 'Create a user and email an invitation', tag: 'users', access: ADMIN, body: ZCreateUser, response: ZUser, status: 201 }),
  updateUser: route({ method: 'patch', path: '/api/v1/users/:id', summary: 'Change role, organisation, name; deactivate or reactivate', tag: 'users', access: ADMIN, params: ZIdParams, body: ZUpdateUser, response: ZUser }),
  listOrganisations: route({ method: 'get', path: '/api/v1/organisations', summary: 'Organisations', tag: 'users', access: 'signed-in', query: ZNoQuery, response: z.array(ZOrganisation) }),
  createOrganisation: route({ method: 'post', path: '/api/v1/organisations', summary: 'Create an organisation', tag: 'users', access: ADMIN, body: ZCreateOrganisation, response: ZOrganisation, status: 201 }),

  listTechnologies: route({ method: 'get', path: '/api/v1/technologies', summary: 'Technologies', tag: 'taxonomies', access: 'signed-in', query: ZNoQuery, response: z.array(ZTechnology) }),
  createTechnology: route({ method: 'post', path: '/api/v1/technologies', summary: 'Add a technology', tag: 'taxonomies', access: SECRETARIAT, body: ZCreateTechnology, response: ZTechnology, status: 201 }),
  updateTechnology: route({ method: 'patch', path: '/api/v1/technologies/:slug', summary: 'Rename, describe, deactivate or reactivate a technology', tag: 'taxonomies', access: SECRETARIAT, params: ZSlugParams, body: ZUpdateTechnology, response: ZTechnology }),
  listSources: route({ method: 'get', path: '/api/v1/sources', summary: 'Source bodies', tag: 'taxonomies', access: 'signed-in', query: ZNoQuery, response: z.array(ZSourceBody) }),
  createSource: route({ method: 'post', path: '/api/v1/sources', summary: 'Add a source body', tag: 'taxonomies', access: SECRETARIAT, body: ZCreateSourceBody, response: ZSourceBody, status: 201 }),
  updateSource: route({ method: 'patch', path: '/api/v1/sources/:slug', summary: 'Change a source body', tag: 'taxonomies', access: SECRETARIAT, params: ZSlugParams, body: ZUpdateSourceBody, response: ZSourceBody }),
  listMeetings: route({ method: 'get', path: '/api/v1/meetings', summary: 'Meetings, newest first', tag: 'taxonomies', access: 'signed-in', query: ZMeetingQuery, response: z.array(ZMeeting) }),
  createMeeting: route({ method: 'post', path: '/api/v1/meetings', summary: 'Add a meeting', tag: 'taxonomies', access: SECRETARIAT, body: ZCreateMeeting, response: ZMeeting, status: 201 }),
  updateMeeting: route({ method: 'patch', path: '/api/v1/meetings/:id', summary: 'Change a meeting', tag: 'taxonomies', access: SECRETARIAT, params: ZIdParams, body: ZUpdateMeeting, response: ZMeeting }),

  // Literal paths before `/items/:ref`, which would otherwise take them.
  listItems: route({ method: 'get', path: '/api/v1/items', summary: 'Browse and search items (keyset pages)', tag: 'items', access: 'signed-in', query: ZItemListQuery, response: ZItemPage }),
  itemFacets: route({ method: 'get', path: '/api/v1/items/facets', summary: 'Counts per technology, kind, status and source for the filters', tag: 'items', access: 'signed-in', query: ZItemFilters, response: ZItemFacets }),
  exportItems: route({ method: 'get', path: '/api/v1/items/export', summary: 'Stream the filtered items as CSV (UTF-8 with BOM) or XLSX', tag: 'data', access: 'signed-in', query: ZExportQuery }),
  importItems: route({ method: 'post', path: '/api/v1/items/import', summary: 'Import a CSV of the export columns (≤ 10 MB): all rows or none; dryRun reports per row', tag: 'data', access: SECRETARIAT, query: ZImportQuery, body: z.string().min(1, 'Send the CSV file as the request body'), response: ZImportReport }),
  similarToTitle: route({ method: 'get', path: '/api/v1/items/similar', summary: 'Likely duplicates of a title being typed', tag: 'items', access: 'signed-in', query: ZSimilarQuery, response: z.array(ZSimilarItem) }),
  createItem: route({ method: 'post', path: '/api/v1/items', summary: 'Create a draft (honours Idempotency-Key)', tag: 'items', access: MEMBERS, body: ZCreateItem, response: ZItem, status: 201 }),
  getItem: route({ method: 'get', path: '/api/v1/items/:ref', summary: 'An item with its links and what the caller may do', tag: 'items', access: 'signed-in', params: ZReferenceParams, query: ZNoQuery, response: ZItem }),
  updateItem: route({ method: 'patch', path: '/api/v1/items/:ref', summary: 'Change an item (requires the current version)', tag: 'items', access: MEMBERS, params: ZReferenceParams, body: ZUpdateItem, response: ZItem }),
  deleteItem: route({ method: 'delete', path: '/api/v1/items/:ref', summary: 'Delete own draft', tag: 'items', access: MEMBERS, params: ZReferenceParams, status: 204 }),
  listRevisions: route({ method: 'get', path: '/api/v1/items/:ref/revisions', summary: 'Revisions, newest first', tag: 'items', access: 'signed-in', params: ZReferenceParams, query: ZNoQuery, response: z.array(ZRevisionSummary) }),
  getRevision: route({ method: 'get', path: '/api/v1/items/:ref/revisions/:n', summary: 'One revision with its content', tag: 'items', access: 'signed-in', params: ZRevisionParams, query: ZNoQuery, response: ZRevision }),
  diffRevisions: route({ method: 'get', path: '/api/v1/items/:ref/diff', summary: 'Field-level differences between two revisions', tag: 'items', access: 'signed-in', params: ZReferenceParams, query: ZDiffQuery, response: ZItemDiff }),
  similarItems: route({ method: 'get', path: '/api/v1/items/:ref/similar', summary: 'Likely duplicates of an item', tag: 'items', access: 'signed-in', params: ZReferenceParams, query: ZNoQuery, response: z.array(ZSimilarItem) }),
  createLink: route({ method: 'post', path: '/api/v1/items/:ref/links', summary: 'Link the item to another', tag: 'items', access: MEMBERS, params: ZReferenceParams, body: ZCreateLink, response: ZItem, status: 201 }),
  deleteLink: route({ method: 'delete', path: '/api/v1/items/:ref/links', summary: 'Remove a link', tag: 'items', access: MEMBERS, params: ZReferenceParams, query: ZDeleteLinkQuery, status: 204 }),

  transition: route({ method: 'post', path: '/api/v1/items/:ref/transitions', summary: 'Move an item through the review workflow', tag: 'workflow', access: 'signed-in', params: ZReferenceParams, body: ZTransitionRequest, response: ZTransitionResult }),
  listEvents: route({ method: 'get', path: '/api/v1/items/:ref/events', summary: 'The item’s workflow timeline', tag: 'workflow', access: 'signed-in', params: ZReferenceParams, query: ZNoQuery, response: z.array(ZItemEvent) }),
  listReviewers: route({ method: 'get', path: '/api/v1/reviewers', summary: 'Who an item can be assigned to for review, by name', tag: 'workflow', access: SECRETARIAT, query: ZNoQuery, response: z.array(ZReviewer) }),
  triage: route({ method: 'get', path: '/api/v1/triage', summary: 'Review queue, oldest in status first', tag: 'workflow', access: SECRETARIAT, query: ZTriageQuery, response: ZTriagePage }),

  listComments: route({ method: 'get', path: '/api/v1/items/:ref/comments', summary: 'Comments, or with internal=true the Secretariat’s notes', tag: 'collaboration', access: 'signed-in', params: ZReferenceParams, query: ZCommentQuery, response: z.array(ZComment) }),
  createComment: route({ method: 'post', path: '/api/v1/items/:ref/comments', summary: 'Comment (Markdown), or add an internal note', tag: 'collaboration', access: 'signed-in', params: ZReferenceParams, body: ZCreateComment, response: ZComment, status: 201 }),
  updateComment: route({ method: 'patch', path: '/api/v1/items/:ref/comments/:id', summary: 'Change own comment within 15 minutes', tag: 'collaboration', access: 'signed-in', params: ZCommentParams, body: ZUpdateComment, response: ZComment }),
  deleteComment: route({ method: 'delete', path: '/api/v1/items/:ref/comments/:id', summary: 'Delete own comment within 15 minutes (a placeholder stays)', tag: 'collaboration', access: 'signed-in', params: ZCommentParams, response: ZComment }),
  getEndorsements: route({ method: 'get', path: '/api/v1/items/:ref/endorsement', summary: 'Endorsements: count and organisations', tag: 'collaboration', access: 'signed-in', params: ZReferenceParams, query: ZNoQuery, response: ZEndorsements }),
  endorse: route({ method: 'post', path: '/api/v1/items/:ref/endorsement', summary: 'Endorse on behalf of your organisation', tag: 'collaboration', access: MEMBERS, params: ZReferenceParams, response: ZEndorsements, status: 201 }),
  withdrawEndorsement: route({ method: 'delete', path: '/api/v1/items/:ref/endorsement', summary: 'Withdraw your organisation’s endorsement', tag: 'collaboration', access: MEMBERS, params: ZReferenceParams, status: 204 }),

  listNotifications: route({ method: 'get', path: '/api/v1/notifications', summary: 'Own notifications with the unread count', tag: 'notifications', access: 'signed-in', query: ZNotificationQuery, response: ZNotificationPage }),
  markNotificationsRead: route({ method: 'post', path: '/api/v1/notifications/read', summary: 'Mark notifications read', tag: 'notifications', access: 'signed-in', body: ZMarkNotificationsRead, response: z.object({ unread: z.number().int() }) }),
  getNotificationPreferences: route({ method: 'get', path: '/api/v1/notifications/preferences', summary: 'Email delivery per kind of event', tag: 'notifications', access: 'signed-in', query: ZNoQuery, response: ZNotificationPreferences }),
  updateNotificationPreferences: route({ method: 'patch', path: '/api/v1/notifications/preferences', summary: 'Choose immediate email, daily digest or none per kind of event', tag: 'notifications', access: 'signed-in', body: ZUpdateNotificationPreferences, response: ZNotificationPreferences }),

  stats: route({ method: 'get', path: '/api/v1/stats', summary: 'Counts by technology × kind × status, source, month, pilot country and technology co-occurrence', tag: 'insight', access: 'signed-in', query: ZStatsQuery, response: ZStats }),

  listEditions: route({ method: 'get', path: '/api/v1/report/editions', summary: 'Report editions', tag: 'report', access: 'signed-in', query: ZNoQuery, response: z.array(ZEditionSummary) }),
  createEdition: route({ method: 'post', path: '/api/v1/report/editions', summary: 'Start an edition, copying the structure and trace links of its base', tag: 'report', access: SECRETARIAT, body: ZCreateEdition, response: ZEditionTree, status: 201 }),
  getEdition: route({ method: 'get', path: '/api/v1/report/editions/:id', summary: 'An edition: chapters → sections → traced items', tag: 'report', access: 'signed-in', params: ZIdParams, query: ZNoQuery, response: ZEditionTree }),
  updateEdition: route({ method: 'patch', path: '/api/v1/report/editions/:id', summary: 'Rename a draft edition', tag: 'report', access: SECRETARIAT, params: ZIdParams, body: ZUpdateEdition, response: ZEditionTree }),
  publishEdition: route({ method: 'post', path: '/api/v1/report/editions/:id/publish', summary: 'Publish and freeze an edition (force needed while links are suspect)', tag: 'report', access: SECRETARIAT, params: ZIdParams, body: ZPublishEdition, response: ZEditionTree }),
  createChapter: route({ method: 'post', path: '/api/v1/report/editions/:id/chapters', summary: 'Add a chapter', tag: 'report', access: SECRETARIAT, params: ZIdParams, body: ZCreateChapter, response: ZReportChapter, status: 201 }),
  updateChapter: route({ method: 'patch', path: '/api/v1/report/chapters/:id', summary: 'Rename, retag or move a chapter', tag: 'report', access: SECRETARIAT, params: ZIdParams, body: ZUpdateChapter, response: ZReportChapter }),
  deleteChapter: route({ method: 'delete', path: '/api/v1/report/chapters/:id', summary: 'Remove a chapter and its sections', tag: 'report', access: SECRETARIAT, params: ZIdParams, status: 204 }),
  createSection: route({ method: 'post', path: '/api/v1/report/editions/:id/sections', summary: 'Add a section to a chapter', tag: 'report', access: SECRETARIAT, params: ZIdParams, body: ZCreateSection, response: ZReportSection, status: 201 }),
  updateSection: route({ method: 'patch', path: '/api/v1/report/sections/:id', summary: 'Change or move a section (its links turn suspect when title or text change)', tag: 'report', access: SECRETARIAT, params: ZIdParams, body: ZUpdateSection, response: ZReportSection }),
  deleteSection: route({ method: 'delete', path: '/api/v1/report/sections/:id', summary: 'Remove a section and its trace links', tag: 'report', access: SECRETARIAT, params: ZIdParams, status: 204 }),
  createTrace: route({ method: 'post', path: '/api/v1/report/sections/:sectionId/traces', summary: 'Trace an accepted item to the section', tag: 'report', access: SECRETARIAT, params: ZSectionParams, body: ZCreateTrace, response: ZTrace, status: 201 }),
  deleteTrace: route({ method: 'delete', path: '/api/v1/report/traces/:id', summary: 'Remove a trace link', tag: 'report', access: SECRETARIAT, params: ZIdParams, status: 204 }),
  confirmTrace: route({ method: 'post', path: '/api/v1/report/traces/:id/confirm', summary: 'Confirm a suspect link against the section as it is now', tag: 'report', access: SECRETARIAT, params: ZIdParams, response: ZTrace }),
  editionCoverage: route({ method: 'get', path: '/api/v1/report/editions/:id/coverage', summary: 'Untraced items, empty sections, suspect links, technology × chapter matrix', tag: 'report', access: 'signed-in', params: ZIdParams, query: ZNoQuery, response: ZCoverage }),
  editionDocument: route({ method: 'get', path: '/api/v1/report/editions/:id/document', summary: 'The edition compiled as Markdown or self-contained HTML', tag: 'report', access: 'signed-in', params: ZIdParams, query: ZDocumentQuery }),
  editionDiff: route({ method: 'get', path: '/api/v1/report/editions/:id/diff/:otherId', summary: 'Per section: items added, removed and moved; sections added or removed', tag: 'report', access: 'signed-in', params: ZEditionDiffParams, query: ZNoQuery, response: ZEditionDiff }),

  listAudit: route({ method: 'get', path: '/api/v1/audit', summary: 'Audit log, newest first', tag: 'audit', access: ADMIN, query: ZAuditQuery, response: ZAuditPage }),
} as const satisfies Record<string, RouteContract>;

export type RouteName = keyof typeof routes;

/** The documentation routes are served outside the contract registry (they describe it). */
export const documentationPaths = { openapi: '/api/openapi.json', docs: '/api/docs' } as const;
