import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// The status region says "Loading" in text: an aria-label on the spinner itself (a plain element
// without a role) is an ARIA violation, which axe reports whenever a page is checked mid-load.
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}
