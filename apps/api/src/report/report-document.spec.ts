import { marked } from 'marked';
import { markdownText, markdownToHtml } from './report-document';

describe('section text in the HTML document', () => {
  it('keeps what Markdown produces and links with rel=noopener noreferrer', () => {
    const html = markdownToHtml(
      '## Heading\n\n**bold** _it_ `code` [site](https://example.org "t")\n\n1. one\n\n| a |\n|:-|\n| b |',
    );
    expect(html).toContain('<h2>Heading</h2>');
    expect(html).toContain('<strong>bold</strong> <em>it</em> <code>code</code>');
    expect(html).toContain('<a href="https://example.org" title="t" rel="noopener noreferrer">site</a>');
    expect(html).toContain('<td align="left">b</td>');
  });

  it.each([
    ['a style attribute', '<p style="position:fixed;inset:0">cover</p>', /style/],
    ['a style element', '<style>body{display:none}</style>', /<style|display/],
    [
      'a form',
      '<form action="https://evil.example"><input name="password"><button>Go</button></form>',
      /<form|<input|<button/,
    ],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/],
    ['a script', '<script>alert(1)</script>', /<script|alert/],
    ['an event handler', '<img src=x onerror="alert(1)"><svg onload="alert(1)"></svg>', /onerror|onload|<img|<svg/],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript/],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:|<script/],
    ['a protocol-relative link', '<a href="//evil.example">x</a>', /evil/],
    ['a class or id', '<p class="mantine-Overlay-root" id="root">x</p>', /class|id=/],
    ['an image', '![pixel](https://evil.example/p.png)', /<img|evil/],
  ])('drops %s', (_name, markdown, forbidden) => {
    expect(markdownToHtml(markdown)).not.toMatch(forbidden);
  });
});

describe('plain text in the Markdown document', () => {
  const rendered = (text: string) => marked.parse(markdownText(text), { async: false }) as string;

  it('reads as written, whatever Markdown or HTML it contains', () => {
    for (const text of [
      '<script>alert(1)</script>',
      '[x](javascript:alert(1))',
      '![y](/p.png)',
      '**not bold** _nor this_ `nor code` ~~nor struck~~',
      '&lt;b&gt; and &#60;i>',
      '# not a heading',
      '- not a list',
      '1. not a numbered list',
      '> not a quote',
      'a | b',
      '<iframe src="https://evil.example"></iframe> and www.example.org',
    ]) {
      const expected = text.replace(
        /[&<>"]/g,
        (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character] ?? character,
      );
      expect(rendered(text)).toBe(`<p>${expected}</p>\n`);
      // The contents list puts titles inside link text: they stay text there too.
      expect(marked.parse(`[${markdownText(text)}](#anchor)`, { async: false })).toBe(
        `<p><a href="#anchor">${expected}</a></p>\n`,
      );
    }
  });

  it('keeps lines apart with hard breaks, indented to stay in a list entry', () => {
    expect(markdownText('first\n# second', '  ')).toBe('first\\\n  \\# second');
  });
});
