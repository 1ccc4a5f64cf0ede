import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PreviewError, previewPages, renderNoticePdf } from '../../../electron/services/documents';
import { fixtureView, HALL_NAME, longView } from './support/notice-views';
import { pdfInfo } from './support/pdf-tools';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngOf = (dataUrl: string) => Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');

const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

describe('the on-screen preview of an A4 notice', () => {
  it('gives one small PNG per page', async () => {
    const pdf = await renderNoticePdf(longView('residence-permit', 3), 'zh-CN', {
      hallName: HALL_NAME['zh-CN'],
    });
    const pages = Number((await pdfInfo(pdf)).Pages);
    const images = await previewPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(images).toHaveLength(pages);
    for (const image of images) {
      expect(image.startsWith('data:image/png;base64,')).toBe(true);
      const png = pngOf(image);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      // IHDR: width and height at bytes 16-23. A4 at 50 dpi is about 413 × 585 pixels.
      expect(png.readUInt32BE(16)).toBeGreaterThan(380);
      expect(png.readUInt32BE(16)).toBeLessThan(450);
      expect(png.readUInt32BE(20)).toBeGreaterThan(550);
      expect(png.length).toBeLessThan(200 * 1024);
    }
  });

  it('says clearly that poppler-utils is missing when pdftoppm cannot be found', async () => {
    const pdf = await renderNoticePdf(fixtureView(), 'en', { hallName: HALL_NAME.en });
    const empty = await mkdtemp(path.join(tmpdir(), 'no-tools-'));
    try {
      process.env.PATH = empty;
      const attempt = previewPages(pdf);
      await expect(attempt).rejects.toBeInstanceOf(PreviewError);
      await expect(attempt).rejects.toThrow(/pdftoppm is not installed.*poppler-utils/);
    } finally {
      process.env.PATH = savedPath;
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('refuses what is not a PDF with pdftoppm’s reason', async () => {
    await expect(previewPages(Buffer.from('not a pdf at all'))).rejects.toThrow(/pdftoppm failed/);
  });
});
