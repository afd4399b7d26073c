import { Typography } from '@mantine/core';
import {
  MARKDOWN_ALLOWED_ATTRIBUTES,
  MARKDOWN_ALLOWED_TAGS,
  MARKDOWN_LINK_PATTERN,
  MARKDOWN_LINK_REL,
} from '@srt/contracts';
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

const purifier = DOMPurify();
// DOMPurify's attribute list is one for all elements; the shared allow-list is per element.
purifier.addHook('uponSanitizeAttribute', (node, data) => {
  if (!MARKDOWN_ALLOWED_ATTRIBUTES[node.nodeName.toLowerCase()]?.includes(data.attrName)) data.keepAttr = false;
});
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') node.setAttribute('rel', MARKDOWN_LINK_REL);
});
const PURIFY_CONFIG = {
  ALLOWED_TAGS: [...MARKDOWN_ALLOWED_TAGS],
  ALLOWED_ATTR: [...new Set(Object.values(MARKDOWN_ALLOWED_ATTRIBUTES).flat())],
  // Checked against the link pattern only for href; the other allowed attributes are not URLs.
  ADD_URI_SAFE_ATTR: ['title', 'rel', 'start', 'align'],
  ALLOWED_URI_REGEXP: MARKDOWN_LINK_PATTERN,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

/** Stored Markdown as the HTML the shared allow-list lets through (SPEC §7). */
function markdownToSafeHtml(source: string): string {
  return purifier.sanitize(markdown.parse(source) as string, PURIFY_CONFIG);
}

/**
 * Renders stored Markdown (items, comments, report sections) through the shared allow-list: no
 * script, event handler, style, form, frame or javascript: link in stored text reaches the page.
 */
export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => markdownToSafeHtml(source), [source]);
  return (
    <Typography>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
