import { Badge } from '@mantine/core';
import type { TEditionStatus } from '@srt/contracts';
import { useTranslation } from 'react-i18next';

export function EditionStatusBadge({ status }: { status: TEditionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={status === 'PUBLISHED' ? 'green' : 'gray'}>
      {t(`editionStatus.${status}`)}
    </Badge>
  );
}
