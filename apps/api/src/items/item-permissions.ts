import type { TItemStatus } from '@srt/contracts';
import { isStaff, type SessionUser } from '../auth/session-user';

const AUTHOR_EDITABLE: readonly TItemStatus[] = ['DRAFT', 'CHANGES_REQUESTED'];

interface ItemState {
  authorId: string;
  status: TItemStatus;
}

/** SPEC §3: an author edits only in DRAFT or CHANGES_REQUESTED; the Secretariat any non-draft item. */
export function canEdit(item: ItemState, user: SessionUser): boolean {
  if (item.authorId === user.id && AUTHOR_EDITABLE.includes(item.status)) return true;
  return isStaff(user) && item.status !== 'DRAFT';
}

/** Only the author's own draft can be deleted; anything submitted keeps its history. */
export function canDelete(item: ItemState, user: SessionUser): boolean {
  return item.authorId === user.id && item.status === 'DRAFT';
}

/** Links are part of the item's content: its author or the Secretariat set them. */
export function canLink(item: ItemState, user: SessionUser): boolean {
  return (item.authorId === user.id && item.status !== 'WITHDRAWN') || (isStaff(user) && item.status !== 'DRAFT');
}

export function itemPermissions(item: ItemState, user: SessionUser) {
  return { edit: canEdit(item, user), delete: canDelete(item, user), link: canLink(item, user) };
}
