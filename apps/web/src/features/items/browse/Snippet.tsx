import { Mark, Text } from '@mantine/core';
import type { TItemSummary } from '@srt/contracts';

/** The search excerpt: matched words are marked; every part is text, never HTML. */
export function Snippet({ parts }: { parts: NonNullable<TItemSummary['snippet']> }) {
  return (
    <Text size="sm">
      {parts.map((part, index) =>
        part.match ? (
          <Mark key={index} color="yellow">
            {part.text}
          </Mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </Text>
  );
}
