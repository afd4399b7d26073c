import { Typography } from '@mantine/core';
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { useMemo } from 'react';

/** Headings in stored text sit below the page's own (h1 title, h2 sections), so they start at h3. */
const HEADING_OFFSET = 2;

const markdown = new Marked({
  gfm: true,
  async: false,
  walkTokens: (token) => {
    if (token.type === 'heading') token.depth = Math.min(6, token.depth + HEADING_OFFSET);
  },
});

/**
 * Renders stored Markdown (items, comments, report sections). Everything goes through DOMPurify,
 * so no script, event handler or javascript: link in stored text can ever run (SPEC §7).
 */
export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => DOMPurify.sanitize(markdown.parse(source) as string), [source]);
  return (
    <Typography>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
