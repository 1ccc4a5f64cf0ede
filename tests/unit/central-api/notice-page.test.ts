// The public notice page behind the QR code: no token, no script, strict CSP; untrusted notice text
// is escaped, Markdown shows as paragraphs and lists only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../central-api/server/fixtures';
import { call, sampleNotice, write } from './content-support';
import { FIXTURES_DIR, type Harness, startCentral } from './harness';

let central: Harness;
beforeAll(async () => {
  central = await startCentral();
});
afterAll(async () => {
  await central?.stop();
});

const page = async (path: string) => {
  const res = await fetch(`${central.url}${path}`); // no token: the page is public
  return { status: res.status, html: await res.text(), headers: res.headers };
};

describe('public notice page /n/{noticeId}', () => {
  it('shows a fixture notice in Chinese, and in English with ?lang=en, with a link to the other language', async () => {
    const [notice] = loadFixtures(FIXTURES_DIR).notices;
    if (!notice) throw new Error('fixtures have notices');
    const zh = await page(`/n/${notice.id}`);
    expect(zh.status).toBe(200);
    expect(zh.html).toContain('<html lang="zh-CN">');
    expect(zh.html).toContain('设定依据');
    expect(zh.html).toContain(`href="/n/${notice.id}?lang=en"`);
    expect(zh.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    // A notice changes rarely: a browser may keep it if it asks again first; it never refreshes itself.
    expect(zh.headers.get('cache-control')).toBe('no-cache');
    expect(zh.html).not.toContain('http-equiv="refresh"');
    const en = await page(`/n/${notice.id}?lang=en`);
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain('Legal basis');
    expect(en.html).not.toContain('设定依据');
    const validated = await call(central, 'GET', `/n/${notice.id}?lang=en`);
    expect(validated.status).toBe(200);
  });

  it('renders hostile text inert: no script element, no tag, no handler, no javascript: link', async () => {
    const hostile = sampleNotice('hostile', {
      title: { 'zh-CN': '<script>alert(1)</script>标题', en: '<script>alert(1)</script>Title' },
      eligibility: {
        'zh-CN': '<img src=x onerror=alert(2)> **重要** [点我](javascript:alert(3))',
        en: '<img src=x onerror=alert(2)> **important** [click](javascript:alert(3))',
      },
      steps: [
        { 'zh-CN': '- 第一步\n- <b onclick="x()">第二步</b>', en: '- one\n- <b onclick="x()">two</b>' },
      ],
    });
    expect((await call(central, 'PUT', '/v1/notices/hostile', write(0, hostile))).status).toBe(201);
    for (const lang of ['zh-CN', 'en']) {
      const { status, html } = await page(`/n/hostile?lang=${lang}`);
      expect(status).toBe(200);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<b /i);
      expect(html).not.toMatch(/href="javascript:/i);
      expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
      expect(html).toContain('&#60;img src=x onerror=alert(2)&#62;');
    }
    const { html } = await page('/n/hostile');
    expect(html).toContain('<strong>重要</strong>');
    expect(html).toMatch(/<ul><li><p>第一步<\/p><\/li>/);
  });

  it('404 page for an unknown or removed notice', async () => {
    const missing = await page('/n/no-such-notice');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('未找到该办事告知书');
    expect((await page('/n/%3Cscript%3E')).html).not.toMatch(/<script/i);
  });
});
