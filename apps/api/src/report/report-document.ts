import {
  MARKDOWN_ALLOWED_ATTRIBUTES,
  MARKDOWN_ALLOWED_TAGS,
  MARKDOWN_LINK_REL,
  MARKDOWN_LINK_SCHEMES,
  type TEditionTree,
} from '@srt/contracts';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

export interface TracedItemDetails {
  source: string;
  meeting: string | null;
}

/**
 * Plain text (titles, labels, summaries, notes) written into the Markdown document: every
 * character Markdown or HTML would read as markup is backslash-escaped (CommonMark lets any ASCII
 * punctuation be), so `<script>` or `[x](javascript:…)` in a title reads as written. Lines are
 * kept, each escaped where it would start a block, and joined by hard breaks indented by `indent`.
 */
export function markdownText(text: string, indent = ''): string {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line
        .replace(/[\\`*_[\]()<>&|~!]/g, '\\$&')
        // Nor does a web address become a link (GFM links bare `https://` and `www.` text).
        .replace(/\b(https?|ftp|www)([:.])/gi, '$1\\$2')
        .replace(/^(\s*)([#+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)\./, '$1\\.'),
    )
    .join(`\\\n${indent}`);
}
/** Plain text on one line (a heading, a list entry): runs of whitespace become one space. */
const markdownLine = (text: string) => markdownText(text.replace(/\s+/g, ' ').trim());

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
/** The allow-list the web client applies too (SPEC §7): no script, style, form or frame survives. */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...MARKDOWN_ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(
    Object.entries(MARKDOWN_ALLOWED_ATTRIBUTES).map(([tag, attributes]) => [tag, [...attributes]]),
  ),
  allowedSchemes: [...MARKDOWN_LINK_SCHEMES],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  allowedStyles: {},
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: MARKDOWN_LINK_REL }) },
};
/** Section text is Markdown written in the app: rendered, then sanitised. */
export const markdownToHtml = (markdown: string) =>
  sanitizeHtml(marked.parse(markdown, { async: false }) as string, SANITIZE_OPTIONS);

const STYLE = `body{font-family:Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1b1b1b}
h1{font-size:2rem;margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:1px solid #ccc}h3{margin-top:1.6rem}
nav ol{padding-left:1.2rem}.meta{color:#555}.items{border-left:3px solid #0b5394;padding-left:1rem;margin:1rem 0}
.item{margin:.8rem 0}.ref{font-family:monospace;font-weight:bold}.note{font-style:italic;color:#444}
@media print{a{color:inherit;text-decoration:none}nav{page-break-after:always}h2{page-break-before:always}}`;

const contentsEntry = (section: { anchor: string; title: string }) =>
  `<li><a href="#${section.anchor}">${escapeHtml(section.title)}</a></li>`;

/** The edition compiled into one document, every traced item linking back to its page. */ export function renderDocument(
  tree: TEditionTree,
  details: Map<string, TracedItemDetails>,
  publicUrl: string,
  format: 'md' | 'html',
): string {
  const itemUrl = (reference: string) => `${publicUrl}/items/${reference}`;
  const status =
    tree.status === 'PUBLISHED' && tree.publishedAt ? `Published ${tree.publishedAt.slice(0, 10)}` : 'Draft';
  if (format === 'md') {
    const lines = [
      `# Study Report on Disruptive Technologies — ${markdownLine(tree.label)}`,
      '',
      `_${status}_`,
      '',
      '## Contents',
      '',
    ];
    for (const chapter of tree.chapters) {
      lines.push(`${chapter.position}. ${markdownLine(chapter.title)}`);
      for (const section of chapter.sections) lines.push(`   - [${markdownLine(section.title)}](#${section.anchor})`);
    }
    for (const chapter of tree.chapters) {
      lines.push('', `## ${chapter.position}. ${markdownLine(chapter.title)}`);
      for (const section of chapter.sections) {
        lines.push('', `<a id="${section.anchor}"></a>`, `### ${markdownLine(section.title)}`, '');
        // The section's text is Markdown by design and goes in as written.
        if (section.intro) lines.push(section.intro, '');
        for (const trace of section.traces) {
          const detail = details.get(trace.item.reference);
          const reference = trace.item.reference;
          lines.push(`- **[${reference}](${itemUrl(reference)})** ${markdownLine(trace.item.title)}`);
          if (trace.item.summary) lines.push(`  ${markdownText(trace.item.summary, '  ')}`);
          const meeting = detail?.meeting ? `; ${markdownLine(detail.meeting)}` : '';
          lines.push(`  Source: ${detail ? markdownLine(detail.source) : '—'}${meeting}`);
          if (trace.note) lines.push(`  _Use in the report: ${markdownLine(trace.note)}_`);
        }
      }
    }
    return `${lines.join('\n')}\n`;
  }
  const toc = tree.chapters
    .map((chapter) => `<li>${escapeHtml(chapter.title)}<ol>${chapter.sections.map(contentsEntry).join('')}</ol></li>`)
    .join('');
  const chapters = tree.chapters
    .map((chapter) => {
      const sections = chapter.sections
        .map((section) => {
          const items = section.traces
            .map((trace) => {
              const detail = details.get(trace.item.reference);
              const link = `<a class="ref" href="${itemUrl(trace.item.reference)}">${trace.item.reference}</a>`;
              const summary = trace.item.summary ? `<div>${escapeHtml(trace.item.summary)}</div>` : '';
              const meeting = detail?.meeting ? `; ${escapeHtml(detail.meeting)}` : '';
              const meta = `<div class="meta">Source: ${escapeHtml(detail?.source ?? '—')}${meeting}</div>`;
              const note = trace.note ? `<div class="note">Use in the report: ${escapeHtml(trace.note)}</div>` : '';
              return `<div class="item">${link} ${escapeHtml(trace.item.title)}\n${summary}${meta}\n${note}</div>`;
            })
            .join('\n');
          const intro = section.intro ? markdownToHtml(section.intro) : '';
          const traced = items ? `<div class="items">${items}</div>` : '';
          return `<section id="${section.anchor}"><h3>${escapeHtml(section.title)}</h3>${intro}${traced}</section>`;
        })
        .join('\n');
      return `<h2 id="chapter-${chapter.position}">${chapter.position}. ${escapeHtml(chapter.title)}</h2>\n${sections}`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Study Report on Disruptive Technologies — ${escapeHtml(tree.label)}</title><style>${STYLE}</style></head>
<body><header><h1>Study Report on Disruptive Technologies</h1><p class="meta">${escapeHtml(tree.label)} · ${status}</p></header>
<nav aria-label="Contents"><h2>Contents</h2><ol>${toc}</ol></nav>
<main>${chapters}</main></body></html>
`;
}
