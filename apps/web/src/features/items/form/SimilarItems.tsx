import { Alert, Anchor, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSimilarTitles } from '../../../api/items/queries';
import { itemPath } from '../item-path';
import type { ItemForm } from './ItemForm';

/** Items with a similar title, looked up while the title is typed, so an author can join one instead of duplicating it. */
export function SimilarItems({ form, reference }: { form: ItemForm; reference?: string }) {
  const { t } = useTranslation();
  const [title] = useDebouncedValue(form.watch('title').trim(), 400);
  const similar = useSimilarTitles(title, form.getValues('kind'));
  const matches = (title.length >= 3 ? (similar.data ?? []) : []).filter((item) => item.reference !== reference);
  return (
    // Always present, so that screen readers announce the list when it appears.
    <div aria-live="polite">
      {matches.length > 0 && (
        <Alert color="yellow" variant="light" title={t('itemForm.similarTitle')}>
          <Text size="sm" mb={4}>
            {t('itemForm.similarText')}
          </Text>
          <List size="sm" spacing={2}>
            {matches.map((item) => (
              <List.Item key={item.reference}>
                {/* A new tab keeps what has been typed here. */}
                <Anchor component={Link} to={itemPath(item.reference)} target="_blank" rel="noopener" size="sm">
                  {item.reference} · {item.title}
                </Anchor>{' '}
                ({t(`itemStatus.${item.status}`)})
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </div>
  );
}
