import { TRANSITIONS, WORKFLOW_ACTIONS, type TItemStatus, type TWorkflowAction } from '@srt/contracts';
import { isStaff, type SessionUser } from '../auth/session-user';

interface ItemState {
  authorId: string;
  status: TItemStatus;
}

/** Whether the caller is the kind of actor an action needs (author or Secretariat), whatever the status. */
export function mayTake(action: TWorkflowAction, item: ItemState, user: SessionUser): boolean {
  return TRANSITIONS[action].by === 'author' ? item.authorId === user.id : isStaff(user);
}

/** The actions the caller may take on the item in its current status. */
export function allowedActions(item: ItemState, user: SessionUser): TWorkflowAction[] {
  return WORKFLOW_ACTIONS.filter(
    (action) => mayTake(action, item, user) && TRANSITIONS[action].from.includes(item.status),
  );
}

/**
 * The actions the item's page offers the caller: the allowed ones, less a reopen of an item that a
 * published edition cites (the transition refuses it with TRACED_IN_PUBLISHED_EDITION).
 */
export function offeredActions(
  item: ItemState,
  user: SessionUser,
  citedByPublishedEdition: boolean,
): TWorkflowAction[] {
  return allowedActions(item, user).filter((action) => !(action === 'reopen' && citedByPublishedEdition));
}
