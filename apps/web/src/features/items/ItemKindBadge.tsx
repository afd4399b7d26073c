import { Badge } from '@mantine/core';
import type { TItemKind } from '@srt/contracts';
import { useTranslation } from 'react-i18next';

export function ItemKindBadge({ kind }: { kind: TItemKind }) {
  const { t } = useTranslation();
  return <Badge variant="default">{t(`itemKind.${kind}`)}</Badge>;
}
