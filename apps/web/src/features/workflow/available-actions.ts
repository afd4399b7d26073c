import {
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  type TItem,
  type TItemStatus,
  type TMe,
  type TWorkflowAction,
} from '@srt/contracts';
import { isSecretariat } from '../auth/access';

/**
 * The actions to offer on an item: the contracts' TRANSITIONS from its status, for the caller's
 * part (author or Secretariat). The API decides in the end; this only hides buttons that would fail.
 */
export function availableActions(item: Pick<TItem, 'status' | 'author' | 'usedIn'>, me: TMe): TWorkflowAction[] {
  // An item cited by a published edition stays accepted: the API refuses to reopen it.
  const frozen = item.usedIn.some((usage) => usage.editionStatus === 'PUBLISHED');
  return WORKFLOW_ACTIONS.filter((action) => {
    const rule = TRANSITIONS[action];
    const actor = rule.by === 'author' ? item.author.id === me.id : isSecretariat(me.role);
    return actor && rule.from.includes(item.status) && !(action === 'reopen' && frozen);
  });
}

/** The Secretariat's actions from a status, for rows of the triage queue. */
export function secretariatActions(status: TItemStatus): TWorkflowAction[] {
  return WORKFLOW_ACTIONS.filter(
    (action) => TRANSITIONS[action].by === 'secretariat' && TRANSITIONS[action].from.includes(status),
  );
}
