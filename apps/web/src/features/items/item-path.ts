import type { TItemKind } from '@srt/contracts';

export const itemPath = (reference: string) => `/items/${encodeURIComponent(reference)}`;
export const editItemPath = (reference: string) => `${itemPath(reference)}/edit`;
export const newItemPath = (kind: TItemKind) => `/items/new?kind=${kind}`;
