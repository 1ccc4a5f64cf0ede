// Every FieldIssue code, each from a draft a staff member could really type.
import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, MAX_TEXT_LENGTH } from '../../../electron/notice-model';
import {
  checkAnnouncementDraft,
  checkNoticeDraft,
  previewMarkdown,
} from '../../../electron/services/staff/draft-validation';
import { unemploymentNotice, windowClosedAnnouncement } from './support/drafts';

const ctx = { serviceIds: ['employment', 'residence-permit'] };
const issuesOf = (draft: unknown) => checkNoticeDraft(draft, ctx).issues;

describe('notice drafts', () => {
  it('accepts a complete notice as it is', () => {
    const checked = checkNoticeDraft(unemploymentNotice(), ctx);
    expect(checked.ok).toBe(true);
    expect(checked.issues).toEqual([]);
  });

  it('required: an emptied title, a blank English step, a missing fee', () => {
    const n = unemploymentNotice();
    n.title['zh-CN'] = '';
    n.steps[1] = { 'zh-CN': '窗口核验', en: '   ' };
    const { fee: _fee, ...withoutFee } = n;
    expect(issuesOf(withoutFee)).toEqual([
      { path: ['title', 'zh-CN'], code: 'required', limit: null },
      { path: ['steps', 1, 'en'], code: 'required', limit: null },
      { path: ['fee'], code: 'required', limit: null },
    ]);
  });

  it('too-long: a pasted statute in the eligibility, an address over one line limit', () => {
    const n = unemploymentNotice();
    n.eligibility.en = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    n.place.address['zh-CN'] = '路'.repeat(MAX_LINE_LENGTH + 1);
    expect(issuesOf(n)).toEqual([
      { path: ['eligibility', 'en'], code: 'too-long', limit: MAX_TEXT_LENGTH },
      { path: ['place', 'address', 'zh-CN'], code: 'too-long', limit: MAX_LINE_LENGTH },
    ]);
  });

  it('too-many and too-few: 21 steps, no materials at all', () => {
    const n = unemploymentNotice();
    n.steps = Array.from({ length: 21 }, (_, i) => ({ 'zh-CN': `第${i + 1}步`, en: `Step ${i + 1}` }));
    n.materials = [];
    expect(issuesOf(n)).toEqual([
      { path: ['materials'], code: 'too-few', limit: 1 },
      { path: ['steps'], code: 'too-many', limit: 20 },
    ]);
  });

  it('format: letters in a phone number, a title typed over two lines, an id with capitals', () => {
    const n = unemploymentNotice();
    n.consultationPhone = '021-ABCDEFG';
    n.title.en = 'Unemployment\nregistration';
    n.id = 'Unemployment';
    expect(issuesOf(n)).toEqual([
      { path: ['id'], code: 'format', limit: null },
      { path: ['title', 'en'], code: 'format', limit: null },
      { path: ['consultationPhone'], code: 'format', limit: null },
    ]);
  });

  it('order: a departmental rule listed before the law it rests on', () => {
    const n = unemploymentNotice();
    n.legalBasis.reverse();
    expect(issuesOf(n)).toEqual([{ path: ['legalBasis'], code: 'order', limit: null }]);
  });

  it('unknown-service: a service the catalog does not have (skipped while the catalog is unknown)', () => {
    const n = unemploymentNotice();
    n.serviceId = 'employment-old';
    expect(issuesOf(n)).toEqual([{ path: ['serviceId'], code: 'unknown-service', limit: null }]);
    expect(checkNoticeDraft(n, { serviceIds: null }).ok).toBe(true);
  });

  it('markdown-too-deep: a list nested four levels in a material note, whatever else is wrong', () => {
    const n = unemploymentNotice();
    const deep = '- 一\n  - 二\n    - 三\n      - 四';
    const note = n.materials[1]?.notes;
    if (!note) throw new Error('fixture changed');
    note['zh-CN'] = deep;
    n.faq[0] = { question: { 'zh-CN': '可以代办吗？', en: 'Proxy?' }, answer: { 'zh-CN': '可以', en: deep } };
    n.title.en = '';
    expect(issuesOf(n)).toEqual([
      { path: ['title', 'en'], code: 'required', limit: null },
      { path: ['materials', 1, 'notes', 'zh-CN'], code: 'markdown-too-deep', limit: 3 },
      { path: ['faq', 0, 'answer', 'en'], code: 'markdown-too-deep', limit: 3 },
    ]);
  });

  it('invalid: a wrong kind of value, an unknown area, zero copies', () => {
    const n = unemploymentNotice() as unknown as Record<string, unknown>;
    n.area = 'taxes';
    n.formIds = 'f-1';
    (n.materials as Array<Record<string, unknown>>)[0] = {
      ...(n.materials as Array<Record<string, unknown>>)[0],
      copies: 0,
    };
    expect(issuesOf(n)).toEqual([
      { path: ['area'], code: 'invalid', limit: null },
      { path: ['materials', 0, 'copies'], code: 'invalid', limit: 1 },
      { path: ['formIds'], code: 'invalid', limit: null },
    ]);
    expect(issuesOf('not a notice')).toEqual([{ path: [], code: 'invalid', limit: null }]);
  });
});

describe('announcement drafts', () => {
  it('accepts a real announcement', () => {
    expect(checkAnnouncementDraft(windowClosedAnnouncement()).ok).toBe(true);
  });

  it('end-before-start: said at once, even while the text is still empty', () => {
    const a = windowClosedAnnouncement();
    a.endsAt = '2026-11-26T11:00:00+08:00';
    expect(checkAnnouncementDraft(a).issues).toEqual([
      { path: ['endsAt'], code: 'end-before-start', limit: null },
    ]);
    a.text.en = '';
    expect(checkAnnouncementDraft(a).issues).toEqual([
      { path: ['text', 'en'], code: 'required', limit: null },
      { path: ['endsAt'], code: 'end-before-start', limit: null },
    ]);
  });

  it('format and too-long: a date typed by hand, 501 characters', () => {
    const a = windowClosedAnnouncement();
    a.startsAt = '2026/11/26 12:00';
    a.text['zh-CN'] = '停'.repeat(501);
    expect(checkAnnouncementDraft(a).issues).toEqual([
      { path: ['text', 'zh-CN'], code: 'too-long', limit: 500 },
      { path: ['startsAt'], code: 'format', limit: null },
    ]);
  });
});

describe('live preview', () => {
  it('renders the Markdown subset and keeps hostile HTML as text', () => {
    const { rich, issue } = previewMarkdown('**带上**身份证 <script>alert(1)</script>');
    expect(issue).toBeNull();
    expect(JSON.stringify(rich)).toContain('<script>alert(1)</script>');
    expect(rich).toEqual([
      {
        type: 'paragraph',
        inlines: [{ text: '带上', strong: true }, { text: '身份证 <script>alert(1)</script>' }],
      },
    ]);
  });

  it('refuses nesting too deep and text too long', () => {
    expect(previewMarkdown('- a\n  - b\n    - c\n      - d')).toEqual({
      rich: null,
      issue: { path: [], code: 'markdown-too-deep', limit: 3 },
    });
    expect(previewMarkdown('- a\n  - b\n    - c').issue).toBeNull();
    expect(previewMarkdown('x'.repeat(MAX_TEXT_LENGTH + 1))).toEqual({
      rich: null,
      issue: { path: [], code: 'too-long', limit: MAX_TEXT_LENGTH },
    });
  });
});
