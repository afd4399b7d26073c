import { Button, Menu } from '@mantine/core';
import { ITEM_KINDS } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newItemPath } from './item-path';

/** "New item" for those who may write items: one entry per kind, each opening that kind's form. */
export function NewItemMenu() {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button>{t('items.new')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        {ITEM_KINDS.map((kind) => (
          <Menu.Item key={kind} component={Link} to={newItemPath(kind)}>
            {t(`itemKind.${kind}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
