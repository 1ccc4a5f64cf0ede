// Markdown subset → RichText (electron/api.ts), the only way notice text reaches a screen or a
// printer. markdown-it with the 'zero' preset and only paragraphs, lists, emphasis and line breaks
// enabled: raw HTML, links, images and autolinks are never parsed, so `<script>` or
// `[x](javascript:…)` stay literal text. Nesting is bounded; deeper input is refused, not cut.
import MarkdownIt from 'markdown-it';
import type { RichBlock, RichInline, RichText } from '../../../api';

/** Lists may nest this deep (a list inside a list item inside a list…). */
export const MAX_LIST_DEPTH = 3;
/** markdown-it stops parsing (silently) past this level; we refuse anything that reaches it. */
const PARSER_MAX_NESTING = 40;
/** Token level of paragraph content at MAX_LIST_DEPTH: list + item per list level, + paragraph. */
const MAX_TOKEN_LEVEL = MAX_LIST_DEPTH * 2 + 1;

export type MarkdownProblem = { code: 'too-deep'; limit: number };

const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false, breaks: true });
md.set({ maxNesting: PARSER_MAX_NESTING });
md.enable(['paragraph', 'list', 'emphasis', 'newline', 'text', 'escape', 'backticks']);

type Token = ReturnType<typeof md.parse>[number];

function inlines(children: Token[] | null): RichInline[] {
  const out: RichInline[] = [];
  let strong = 0;
  let em = 0;
  for (const t of children ?? []) {
    if (t.type === 'strong_open') strong++;
    else if (t.type === 'strong_close') strong--;
    else if (t.type === 'em_open') em++;
    else if (t.type === 'em_close') em--;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out.push({ text: '\n' });
    else if (t.content !== '') {
      out.push({ text: t.content, ...(strong > 0 ? { strong: true } : {}), ...(em > 0 ? { em: true } : {}) });
    }
  }
  return out;
}

/** Builds blocks from tokens[from..to) at one nesting level. */
function blocks(tokens: Token[], from: number, to: number): RichBlock[] {
  const out: RichBlock[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (!t) break;
    if (t.type === 'paragraph_open') {
      out.push({ type: 'paragraph', inlines: inlines(tokens[i + 1]?.children ?? null) });
      i += 3;
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      const close = matching(tokens, i);
      const items: RichBlock[][] = [];
      let j = i + 1;
      while (j < close) {
        const itemClose = matching(tokens, j);
        items.push(blocks(tokens, j + 1, itemClose));
        j = itemClose + 1;
      }
      const start = Number(t.attrGet('start') ?? 1);
      out.push({ type: 'list', ordered: t.type === 'ordered_list_open', start, items });
      i = close + 1;
    } else if (t.type === 'inline') {
      out.push({ type: 'paragraph', inlines: inlines(t.children) });
      i++;
    } else {
      i++;
    }
  }
  return out;
}

/** Index of the token that closes tokens[open] (same level, nesting −1). */
function matching(tokens: Token[], open: number): number {
  const level = tokens[open]?.level;
  for (let k = open + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t && t.level === level && t.nesting === -1) return k;
  }
  return tokens.length;
}

/** Parses notice Markdown into RichText, or says why it is refused. */
export function parseRichText(
  source: string,
): { ok: true; rich: RichText } | { ok: false; problem: MarkdownProblem } {
  const tokens = md.parse(source, {});
  const deepest = tokens.reduce(
    (max, t) => Math.max(max, t.level, ...(t.children ?? []).map((c) => c.level)),
    0,
  );
  // Inline nesting (emphasis in emphasis) counts as well: children levels start at 0 per inline.
  if (deepest > MAX_TOKEN_LEVEL || tokens.some((t) => t.level >= PARSER_MAX_NESTING - 1)) {
    return { ok: false, problem: { code: 'too-deep', limit: MAX_LIST_DEPTH } };
  }
  return { ok: true, rich: blocks(tokens, 0, tokens.length) };
}

/** Plain lines for the thermal printer and the PDF: list items get "• " or "1. ", indented. */
export function richTextToLines(rich: RichText, indent = ''): string[] {
  const lines: string[] = [];
  for (const block of rich) {
    if (block.type === 'paragraph') {
      const text = block.inlines.map((i) => i.text).join('');
      for (const l of text.split('\n')) lines.push(indent + l);
    } else {
      block.items.forEach((item, n) => {
        const marker = block.ordered ? `${block.start + n}. ` : '• ';
        const inner = richTextToLines(item, indent + ' '.repeat(marker.length));
        const [first = '', ...rest] = inner;
        lines.push(indent + marker + first.slice(indent.length + marker.length), ...rest);
      });
    }
  }
  return lines;
}
