import {
  fieldCodeOfMessage,
  type TFieldIssueCode,
  type TFieldIssueParams,
  type TProblem,
  type TWorkflowAction,
} from '@srt/contracts';
import i18next from 'i18next';

/** The params of a field issue as i18next takes them; a length bound also picks the plural form. */
function fieldParams(code: TFieldIssueCode, params: TFieldIssueParams = {}): Record<string, string | number> {
  const bound = params.minimum ?? params.maximum;
  const counted = ['TOO_SHORT', 'TOO_LONG', 'TOO_FEW', 'TOO_MANY'].includes(code) && typeof bound === 'number';
  return counted ? { ...params, count: bound } : params;
}

/** One field issue (from the API, or found by a form) in the current language. */
export function translateFieldIssue(issue: { code: TFieldIssueCode; params?: TFieldIssueParams }): string {
  if (issue.code === 'INVALID_FORMAT' && issue.params?.format === 'email') {
    return i18next.t('fieldIssues.INVALID_FORMAT_EMAIL');
  }
  if (issue.code === 'INVALID_FORMAT' && ['date', 'datetime'].includes(String(issue.params?.format))) {
    return i18next.t('fieldIssues.INVALID_FORMAT_DATE');
  }
  return i18next.t(`fieldIssues.${issue.code}`, fieldParams(issue.code, issue.params));
}

/** A message a contract schema words itself is translated by its code; any other text is kept. */
export function translateFieldMessage(message: string): string {
  const code = fieldCodeOfMessage(message);
  return code ? translateFieldIssue({ code }) : message;
}

const actionName = (action: TWorkflowAction) => i18next.t(`workflow.actions.${action}.label`);

/** What the translation of a problem's code may name, its enumerated values translated. */
function problemParams(problem: TProblem): Record<string, string | number> {
  switch (problem.code) {
    case 'VALIDATION_FAILED':
    case 'INVALID_LINK':
    case 'EMAIL_TAKEN':
      return { issues: problem.errors.map(translateFieldIssue).join(' ') };
    case 'NOT_FOUND':
      return { what: i18next.t(`problems.resources.${problem.resource}`, { reference: problem.reference ?? '' }) };
    case 'TRANSITION_NOT_ALLOWED':
    case 'TRACED_IN_PUBLISHED_EDITION':
      return {
        reference: problem.reference,
        status: i18next.t(`itemStatus.${problem.currentStatus}`),
        action: 'action' in problem ? actionName(problem.action) : '',
        allowed: problem.allowedActions.map(actionName).join(', '),
      };
    case 'AUTHOR_ONLY':
      return { reference: problem.reference, action: i18next.t(`problems.authorActions.${problem.action}`) };
    case 'SECRETARIAT_ONLY':
      return { reference: problem.reference, action: actionName(problem.action) };
    case 'ITEM_NOT_EDITABLE':
    case 'NOT_TRACEABLE':
    case 'NOT_ENDORSABLE':
    case 'ONLY_DRAFTS_DELETABLE':
      return { reference: problem.reference, status: i18next.t(`itemStatus.${problem.currentStatus}`) };
    case 'IMPORT_REFUSED':
      return { count: problem.issues.length };
    case 'TOO_MANY_ATTEMPTS':
      return { count: Math.max(1, Math.ceil(problem.retryAfterSeconds / 60)) };
    default: {
      const { type: _type, title: _title, status: _status, code: _code, detail: _detail, ...rest } = problem;
      return Object.fromEntries(
        Object.entries(rest).filter((entry): entry is [string, string | number] =>
          ['string', 'number'].includes(typeof entry[1]),
        ),
      );
    }
  }
}

/** One problem answer in the current language, from its code. */
export function translateProblem(problem: TProblem): string {
  if (problem.code === 'TRANSITION_NOT_ALLOWED' && problem.allowedActions.length === 0) {
    return i18next.t('problems.TRANSITION_NOT_ALLOWED_NONE', problemParams(problem));
  }
  if (problem.code === 'EDITION_PUBLISHED' && !problem.edition) return i18next.t('problems.EDITION_PUBLISHED_THIS');
  return i18next.t(`problems.${problem.code}`, problemParams(problem));
}
