import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTechnologies } from '../../api/technologies/queries';
import { currentLanguage } from '../../i18n';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { technologyName } from '../../shared/technology-name';

export function TechnologyCards() {
  const { t } = useTranslation();
  const technologies = useTechnologies();
  const language = currentLanguage();
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
              </Card>
            ))}
          </SimpleGrid>
        );
      }}
    </QueryStatus>
  );
}
