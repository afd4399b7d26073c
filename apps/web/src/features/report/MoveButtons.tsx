import { ActionIcon, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface MoveButtonsProps {
  /** What moves, for the buttons' accessible names ("Move Risks and benefits up"). */
  name: string;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (offset: -1 | 1) => void;
}

/** Up and down buttons: reordering that works with a keyboard, unlike dragging. */
export function MoveButtons({ name, first, last, busy, onMove }: MoveButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="default"
        size="sm"
        aria-label={t('report.edit.moveUp', { name })}
        disabled={first || busy}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑</span>
      </ActionIcon>
      <ActionIcon
        variant="default"
        size="sm"
        aria-label={t('report.edit.moveDown', { name })}
        disabled={last || busy}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓</span>
      </ActionIcon>
    </Group>
  );
}
