// The public notice page in Chromium, as a resident's phone would open it from the QR code: hostile
// notice text stays inert (no dialog, no script, no image, no handler), and the page passes axe.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from '../../support/browser';
import { sampleNotice, write } from './content-support';
import { type Harness, startCentral } from './harness';

let central: Harness;
let browser: Browser;
beforeAll(async () => {
  central = await startCentral();
  browser = await launchChromium();
  const hostile = sampleNotice('hostile-browser', {
    title: { 'zh-CN': '<script>alert(1)</script>居住证', en: '<script>alert(1)</script>Residence permit' },
    eligibility: {
      'zh-CN': '<img src=x onerror="alert(2)"> **带好身份证** <a href="javascript:alert(3)">点我</a>',
      en: '<img src=x onerror="alert(2)"> **bring your ID** <a href="javascript:alert(3)">click</a>',
    },
    steps: [
      { 'zh-CN': '1. 取号\n2. <svg onload=alert(4)>', en: '1. Take a number\n2. <svg onload=alert(4)>' },
    ],
  });
  const res = await central.request('PUT', '/v1/notices/hostile-browser', write(0, hostile));
  if (res.status !== 201) throw new Error(`could not create the notice: ${res.status}`);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await central?.stop();
});

describe('public notice page in Chromium', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`${lang}: hostile text is shown as text and runs nothing; axe finds no violation`, async () => {
      // Without the page's CSP: the markup itself must be inert (the CSP is a second wall), and axe can run.
      const page = await browser.newPage({ bypassCSP: true });
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      try {
        await page.goto(`${central.url}/n/hostile-browser?lang=${lang}`);
        const found = await page.evaluate(() => ({
          active: document.querySelectorAll('script, img, svg, iframe, object, embed').length,
          handlers: [...document.querySelectorAll('*')].filter((el) =>
            [...el.attributes].some((a) => a.name.startsWith('on')),
          ).length,
          jsLinks: [...document.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:')).length,
          h1: document.querySelector('h1')?.textContent,
        }));
        expect(found).toMatchObject({ active: 0, handlers: 0, jsLinks: 0 });
        expect(found.h1).toContain('<script>alert(1)</script>');
        expect(await page.locator('strong').first().textContent()).toMatch(/带好身份证|bring your ID/);
        expect(dialogs).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
