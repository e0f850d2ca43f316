// A Vite plugin for the CDN build: minifies the CSS and HTML written inside our template literals,
// which the JavaScript minifier leaves as they are (indentation, newlines, comments).
//
// Which literals: those tagged `html`, `svg` or `css` (Lit), and every literal in a styles module
// (`*.styles.ts`, `shared/theme.ts`), where the CSS is built as plain text. Only the literal's
// text parts change, never the `${…}` expressions between them.
// What changes, so that the result renders the same:
// - HTML: a whitespace run that holds a line break becomes one space (the browser collapses it to
//   one space anyway; no template has <pre> or <textarea> content).
//   A static attribute value of letters, digits, `_` and `-` loses its quotes (`class="muted"` is
//   `class=muted`), when a space or `>` follows it within the same literal.
// - CSS: comments go, whitespace runs become one space, spaces around `{`, `}`, `;` and `,` go,
//   and so do spaces after `:`, the `;` before a `}` and the quotes around an attribute selector's
//   value when it is an identifier (`[part~='row']` is `[part~=row]`). Spaces before `:` stay
//   (`a :where(b)` is a descendant selector).

const TAGS = new Set(['html', 'svg', 'css']);
const STYLE_MODULE = /(\.styles\.ts|[\\/]shared[\\/]theme\.ts)$/;

export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ').replace(/(\s[\w-]+=)"([\w-]+)"(?=[\s>])/g, '$1$2');
}

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/\[([\w-]+[~|^$*]?=)'([a-zA-Z_][\w-]*)'\]/g, '[$1$2]');
}

function walk(node, parent, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, node, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, node, visit);
  }
}

export function minifyTemplates() {
  return {
    name: 'ringcx-minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]components[\\/].*\.ts$/.test(id)) return null;
      const styleModule = STYLE_MODULE.test(id);
      const edits = [];
      walk(this.parse(code), undefined, (node, parent) => {
        if (node.type !== 'TemplateLiteral') return;
        const tag = parent?.type === 'TaggedTemplateExpression' ? parent.tag : undefined;
        const tagName = tag?.type === 'Identifier' ? tag.name : undefined;
        const kind = tagName === 'css' || (styleModule && !tagName) ? 'css' : TAGS.has(tagName) ? 'html' : undefined;
        if (!kind) return;
        for (const quasi of node.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          if (raw !== quasi.value.raw) throw new Error(`minify-templates: unexpected template position in ${id}`);
          const minified = kind === 'css' ? minifyCss(raw) : minifyHtml(raw);
          if (minified !== raw) edits.push([quasi.start, quasi.end, minified]);
        }
      });
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
