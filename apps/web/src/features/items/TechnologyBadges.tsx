import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { technologyName } from '../../shared/technology-name';

interface TechnologyTag {
  slug: string;
  nameEn: string;
  nameFr: string;
}

export function TechnologyBadges({ technologies }: { technologies: readonly TechnologyTag[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Group gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('items.fields.technologies')}>
      {technologies.map((technology) => (
        <Badge component="li" key={technology.slug} variant="light" color="blue" tt="none">
          {technologyName(technology, language)}
        </Badge>
      ))}
    </Group>
  );
}
