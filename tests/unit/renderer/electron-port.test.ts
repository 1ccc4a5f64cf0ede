// The Electron transport, without Electron: a stand-in preload hands the page a MessagePort after
// the nonce handshake, and the whole flow runs over it (no HTTP to /rpc at all).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HomePage } from '../../e2e/pages/home-page';
import { startRendererHarness } from '../../support/renderer-harness';
import { launchChromium } from './kiosk-browser';

let browser: Browser;
let fakePreload: string;

beforeAll(async () => {
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('./fixtures/fake-preload.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome130',
  });
  fakePreload = bundled.outputFiles[0]?.text ?? '';
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Electron MessagePort transport', () => {
  it('connects with a fresh nonce, ignores a look-alike port, and serves the whole flow', async () => {
    const harness = await startRendererHarness();
    const page = await browser.newPage();
    page.setDefaultTimeout(8_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    try {
      await page.addInitScript({ content: fakePreload });
      const home = await new HomePage(page).open(`${harness.origin}/`);
      expect(await page.getByRole('banner').textContent()).toContain('端口测试服务中心');

      const ticket = await (await home.takeNumber()).choose('社会保障');
      expect(await ticket.numberShown()).toBe('S042');
      expect(await ticket.main().textContent()).toContain('前面还有 7 人');

      const seen = await page.evaluate(
        () => (window as unknown as { __bridgeSeen: { nonces: string[]; decoyCalls: number } }).__bridgeSeen,
      );
      expect(seen.nonces).toHaveLength(1);
      expect(seen.nonces[0]).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(seen.decoyCalls).toBe(0);
      expect(harness.rpcRequestCount()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  });
});
