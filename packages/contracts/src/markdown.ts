/**
 * What stored Markdown may become once rendered to HTML — the one allow-list that both the web
 * client (DOMPurify) and the compiled report document (sanitize-html) apply (SPEC §7).
 *
 * Only what Markdown itself produces: no `style` or `class` (either could lay user text over the
 * page), no `id`/`name` (they would clobber the page's own), no forms, frames, media or images
 * (the CSP serves images from the app only), no event handlers.
 */
export const MARKDOWN_ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;

/** Attributes per element; every other attribute is dropped. */
export const MARKDOWN_ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'rel'],
  ol: ['start'],
  th: ['align'],
  td: ['align'],
};

/** Link schemes a rendered link may use; relative links within the app (`/items/…`, `#…`) stay too. */
export const MARKDOWN_LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

/** An allowed link target: one of the schemes, an absolute path (not `//host`) or a fragment. */
export const MARKDOWN_LINK_PATTERN = /^(?:(?:https?|mailto):|\/(?!\/)|#)/i;

/** Set on every rendered link, whatever the text said: the target learns nothing of the page. */
export const MARKDOWN_LINK_REL = 'noopener noreferrer';
