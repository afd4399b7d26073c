import { TRANSITIONS, WORKFLOW_ACTIONS, type TItemStatus, type TWorkflowAction } from '@srt/contracts';

/**
 * The Secretariat's actions from a status, for rows of the triage queue (a Secretariat page).
 * An item's own page offers what the API sends in its `allowedActions`.
 */
export function secretariatActions(status: TItemStatus): TWorkflowAction[] {
  return WORKFLOW_ACTIONS.filter(
    (action) => TRANSITIONS[action].by === 'secretariat' && TRANSITIONS[action].from.includes(status),
  );
}
