import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Detail {
  term: string;
  value: ReactNode;
}

/** Label–value pairs as a description list, so assistive technology reads each value with its label. */
export function DetailList({ details }: { details: Detail[] }) {
  return (
    <Box
      component="dl"
      m={0}
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(7rem, max-content) 1fr',
        columnGap: '1rem',
        rowGap: '0.4rem',
      }}
    >
      {details.map((detail) => (
        <Box key={detail.term} display="contents">
          <Text component="dt" size="sm" fw={600}>
            {detail.term}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {detail.value}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
