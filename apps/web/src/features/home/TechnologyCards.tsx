import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useItemFacets } from '../../api/items/queries';
import { useTechnologies } from '../../api/technologies/queries';
import { currentLanguage } from '../../i18n';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { technologyName } from '../../shared/technology-name';

/** One card per active technology with how many items carry it, each leading to those items. */
export function TechnologyCards() {
  const { t } = useTranslation();
  const technologies = useTechnologies();
  const facets = useItemFacets({});
  const language = currentLanguage();
  const countOf = (slug: string) => facets.data?.technology.find((entry) => entry.value === slug)?.count ?? 0;
  return (
    <QueryStatus query={technologies}>
      {(list) => {
        const active = list.filter((technology) => technology.active);
        if (active.length === 0) return <Text>{t('home.noTechnologies')}</Text>;
        return (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {active.map((technology) => (
              <Card component="li" key={technology.id} withBorder padding="md">
                <Title order={3} size="h4">
                  {technologyName(technology, language)}
                </Title>
                {technology.description && (
                  <Text size="sm" mt={4}>
                    {technology.description}
                  </Text>
                )}
                {facets.data && (
                  <Anchor component={Link} to={`/items?technology=${technology.slug}`} size="sm" mt="xs">
                    {t('home.technologyItems', {
                      count: countOf(technology.slug),
                      technology: technologyName(technology, language),
                    })}
                  </Anchor>
                )}
              </Card>
            ))}
          </SimpleGrid>
        );
      }}
    </QueryStatus>
  );
}
