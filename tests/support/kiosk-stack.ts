// A whole kiosk for tests, booted the way `npm start` boots it: a temporary config naming the
// embedded central API and the virtual printer, a temporary data dir, the real services.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bootKiosk, type KioskRuntime } from '../../electron/boot';
import { type KioskHost, startKioskHost } from '../../electron/host/kiosk-host';
import type { Clock } from '../../electron/services/clock';

export interface KioskStack {
  runtime: KioskRuntime;
  host: KioskHost;
  dataDir: string;
  close(): Promise<void>;
}

export interface KioskStackOptions {
  /** Extra YAML appended to the test config (e.g. idle timeouts). */
  extraConfig?: string;
  /** Start the browser-mode host as well (default true). */
  host?: boolean;
  /** The kiosk's and embedded central API's clock; default hallOpenClock() (hours never depend on the real time). */
  clock?: Clock;
}

/** Real time, shifted to a Tuesday 10:00 in Shanghai, when every enabled service is open. */
export function hallOpenClock(start = '2025-03-04T02:00:00.000Z'): Clock {
  const offset = Date.parse(start) - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

export function writeTestConfig(dir: string, extra = ''): string {
  const file = path.join(dir, 'kiosk.yaml');
  writeFileSync(
    file,
    `kioskId: test-kiosk-1
hallName:
  zh-CN: 测试街道社区事务受理服务中心
  en: Test Street Community Affairs Service Centre
layout: floor-standing
staff:
  accounts: []
centralApi:
  url: embedded
printers:
  ticket:
    uri: virtual
dataDir: ./data
${extra}`,
  );
  return file;
}

export async function startKioskStack(options: KioskStackOptions = {}): Promise<KioskStack> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-stack-'));
  const configPath = writeTestConfig(dataDir, options.extraConfig);
  const runtime = await bootKiosk({
    argv: ['--config', configPath],
    env: {},
    cwd: dataDir,
    clock: options.clock ?? hallOpenClock(),
  });
  const host =
    options.host === false
      ? (null as unknown as KioskHost)
      : await startKioskHost({ router: runtime.router, rendererDir: runtime.rendererDir });
  return {
    runtime,
    host,
    dataDir,
    close: async () => {
      await host?.close();
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
