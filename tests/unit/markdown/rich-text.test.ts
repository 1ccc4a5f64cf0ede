import { describe, expect, it } from 'vitest';
import { RichText } from '../../../electron/api';
import {
  MAX_LIST_DEPTH,
  parseRichText,
  richTextToLines,
} from '../../../electron/services/notices/markdown/rich-text';

function rich(source: string) {
  const parsed = parseRichText(source);
  if (!parsed.ok) throw new Error(`refused: ${parsed.problem.code}`);
  return RichText.parse(parsed.rich);
}
const allText = (value: unknown): string => JSON.stringify(value);

describe('notice Markdown subset', () => {
  it('keeps paragraphs, bold, italics, bullet and numbered lists', () => {
    const out = rich('办理前请**带齐材料**，*原件*须核对。\n\n1. 取号\n2. 交材料\n\n- 身份证\n- 户口本');
    expect(out).toEqual([
      {
        type: 'paragraph',
        inlines: [
          { text: '办理前请' },
          { text: '带齐材料', strong: true },
          { text: '，' },
          { text: '原件', em: true },
          { text: '须核对。' },
        ],
      },
      {
        type: 'list',
        ordered: true,
        start: 1,
        items: [
          [{ type: 'paragraph', inlines: [{ text: '取号' }] }],
          [{ type: 'paragraph', inlines: [{ text: '交材料' }] }],
        ],
      },
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          [{ type: 'paragraph', inlines: [{ text: '身份证' }] }],
          [{ type: 'paragraph', inlines: [{ text: '户口本' }] }],
        ],
      },
    ]);
  });

  it('keeps raw HTML, script tags and event handlers as literal text', () => {
    const source = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const out = rich(source);
    expect(out).toHaveLength(1);
    expect(allText(out)).toContain('<script>alert(1)</script>');
    expect(allText(out)).toContain('onerror');
  });

  it('never makes links: javascript: and http links stay text', () => {
    const out = rich('[点我](javascript:alert(1)) <https://evil.example> https://evil.example');
    expect(allText(out)).toContain('[点我](javascript:alert(1))');
    expect(allText(out)).not.toContain('"href"');
    expect(out.every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('accepts lists nested up to the limit and refuses deeper ones', () => {
    const nested = (depth: number) =>
      Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(parseRichText(nested(MAX_LIST_DEPTH)).ok).toBe(true);
    expect(parseRichText(nested(MAX_LIST_DEPTH + 1))).toEqual({
      ok: false,
      problem: { code: 'too-deep', limit: MAX_LIST_DEPTH },
    });
  });

  it('refuses hostile nesting (thousands of quote or list markers) without throwing', () => {
    // Quotes are not in the subset: the markers stay text.
    expect(allText(rich(`${'> '.repeat(5000)}x`))).toContain('> > >');
    expect(parseRichText(`${'- '.repeat(5000)}x`)).toMatchObject({ ok: false });
    const emphasis = `${'*_'.repeat(2000)}x${'_*'.repeat(2000)}`;
    expect(() => parseRichText(emphasis)).not.toThrow();
  });

  it('prints lists as numbered and bulleted lines', () => {
    expect(richTextToLines(rich('先看这里：\n\n1. 取号\n2. 等待叫号\n   - 看屏幕'))).toEqual([
      '先看这里：',
      '1. 取号',
      '2. 等待叫号',
      '   • 看屏幕',
    ]);
  });
});
