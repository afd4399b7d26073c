import { Badge, type MantineColor } from '@mantine/core';
import type { TItemStatus } from '@srt/contracts';
import { useTranslation } from 'react-i18next';

const COLOR: Record<TItemStatus, MantineColor> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  IN_REVIEW: 'violet',
  CHANGES_REQUESTED: 'orange',
  ACCEPTED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'gray',
};

/** A "dot" badge: the colour is a hint, the text keeps full contrast. */
export function ItemStatusBadge({ status }: { status: TItemStatus }) {
  const { t } = useTranslation();
  return (
    // Never squeezed into an ellipsis by a long title beside it, nor by a table column: its label
    // hides what overflows, so without a minimum width a table shrinks it to "MODIFI…".
    <Badge variant="dot" color={COLOR[status]} style={{ flexShrink: 0, overflow: 'visible', minWidth: 'max-content' }}>
      {t(`itemStatus.${status}`)}
    </Badge>
  );
}
