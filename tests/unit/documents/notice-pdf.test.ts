import { describe, expect, it } from 'vitest';
import { renderNoticePdf } from '../../../electron/services/documents';
import { richTextToLines } from '../../../electron/services/notices/markdown/rich-text';
import { hallDate } from '../../../electron/services/queue/hall-day';
import { fixtureView, HALL_NAME, longView } from './support/notice-views';
import { pdfFonts, pdfInfo, pdfQrCodes, pdfText } from './support/pdf-tools';

const view = fixtureView('residence-permit');
const updated = hallDate(new Date(view.updatedAt), 'Asia/Shanghai');
/** pdftotext breaks lines where the PDF does: compare text without any whitespace. */
const squash = (text: string) => text.replace(/\s+/g, '');

describe('the A4 PDF of a notice', () => {
  it('says every section in Chinese, in the order of the service guide, with the update date', async () => {
    const pdf = await renderNoticePdf(view, 'zh-CN', { hallName: HALL_NAME['zh-CN'] });
    const text = squash(await pdfText(pdf));
    const headings = [
      '设定依据',
      '受理条件',
      '申请材料',
      '办理流程',
      '办理时限',
      '收费标准',
      '办理地点和时间',
      '咨询电话',
      '监督投诉电话',
      '常见问题',
    ];
    const positions = headings.map((h) => text.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain(squash(view.title['zh-CN']));
    expect(text).toContain(squash(view.legalBasis[0]?.title['zh-CN'] ?? '?'));
    for (const material of view.materials) expect(text).toContain(squash(material.name['zh-CN']));
    const firstStep = richTextToLines(view.steps[0]?.['zh-CN'] ?? []).join('');
    expect(text).toContain(squash(firstStep));
    expect(text).toContain(squash(view.place.windows['zh-CN']));
    expect(text).toContain(view.consultationPhone.replace(/\s/g, ''));
    expect(text).toContain(view.complaintPhone.replace(/\s/g, ''));
    expect(text).toContain(`更新日期：${updated}`);
    expect(text).toContain(squash(HALL_NAME['zh-CN']));
    expect(text).toMatch(/第1页\/共\d页/);
  });

  it('says it in English for an English reader', async () => {
    const pdf = await renderNoticePdf(view, 'en', { hallName: HALL_NAME.en });
    const text = await pdfText(pdf);
    for (const heading of [
      'Legal basis',
      'Who can apply',
      'Materials to bring',
      'Steps',
      'Time limit',
      'Fees',
    ]) {
      expect(text).toContain(heading);
    }
    expect(squash(text)).toContain(squash(view.title.en));
    expect(squash(text)).toContain(squash(view.materials[0]?.name.en ?? '?'));
    expect(text).toContain(`Updated: ${updated}`);
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });

  it('carries a QR of the online version that a phone can read', async () => {
    const pdf = await renderNoticePdf(view, 'zh-CN', { hallName: HALL_NAME['zh-CN'] });
    expect(await pdfQrCodes(pdf)).toEqual([view.onlineUrl]);
  });

  it('embeds Noto Sans SC Regular and Bold as subsets, and names itself', async () => {
    const pdf = await renderNoticePdf(view, 'zh-CN', { hallName: HALL_NAME['zh-CN'] });
    const fonts = await pdfFonts(pdf);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSansSC-Bold',
      'NotoSansSC-Regular',
    ]);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, subset: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansSC-/);
    }
    // A subset: a whole Noto Sans SC file is over 10 MB.
    expect(pdf.length).toBeLessThan(150 * 1024);
    const info = await pdfInfo(pdf);
    expect(info.Title).toBe(view.title['zh-CN']);
    expect(info['Page size']).toContain('595.28 x 841.89');
  });

  it('flows a long notice onto more pages without losing a line', async () => {
    const long = longView('residence-permit', 4);
    const pdf = await renderNoticePdf(long, 'zh-CN', { hallName: HALL_NAME['zh-CN'] });
    const info = await pdfInfo(pdf);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = squash(await pdfText(pdf));
    for (const material of long.materials) expect(text).toContain(squash(material.name['zh-CN']));
    for (const entry of long.faq) expect(text).toContain(squash(entry.question['zh-CN']));
    expect(text).toContain(`第${pages}页/共${pages}页`);
    expect(await pdfQrCodes(pdf)).toEqual([long.onlineUrl]);
  });

  it('renders the same notice to the same bytes', async () => {
    const first = await renderNoticePdf(view, 'en', { hallName: HALL_NAME.en });
    const second = await renderNoticePdf(view, 'en', { hallName: HALL_NAME.en });
    expect(second.equals(first)).toBe(true);
    const other = await renderNoticePdf(
      { ...view, updatedAt: new Date(Date.parse(view.updatedAt) + 2 * 86_400_000).toISOString() },
      'en',
      {
        hallName: HALL_NAME.en,
      },
    );
    expect(other.equals(first)).toBe(false);
  });

  it('prints hostile text as text', async () => {
    const hostile = '<script>alert(1)</script> [x](javascript:alert(1))';
    const pdf = await renderNoticePdf(
      { ...view, eligibility: { 'zh-CN': [{ type: 'paragraph', inlines: [{ text: hostile }] }], en: [] } },
      'zh-CN',
      { hallName: HALL_NAME['zh-CN'] },
    );
    expect(squash(await pdfText(pdf))).toContain(squash(hostile));
  });
});
