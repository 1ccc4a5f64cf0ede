// `npm start` to home screen interactive, in browser mode, with the renderer already built
// (as after `npm install`). Chromium is launched before the clock starts: we time the kiosk.
// Target (issue 2): ≤ 2 s.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../electron/boot';
import { ensureRendererBuilt } from '../scripts/lib/renderer-build';
import { HomePage } from '../tests/e2e/pages/home-page';
import { writeTestConfig } from '../tests/support/kiosk-stack';
import { launchChromium, summarize } from './lib';

const runs = Number(process.argv[2] ?? 6);
await ensureRendererBuilt(PROJECT_ROOT);
const browser = await launchChromium();
const toUrl: number[] = [];
const toInteractive: number[] = [];

// One data dir for all runs, as a kiosk restarting: the first run also creates its databases.
const config = writeTestConfig(mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-bench-start-')));
for (let i = 0; i < runs; i++) {
  // The page exists before the clock starts, as a kiosk browser window does.
  const page = await browser.newPage();
  const started = performance.now();
  const child = spawn('npm', ['start', '--', '--no-window', '--config', config], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^kiosk: (\S+)$/m.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}: ${out}`)));
  });
  toUrl.push(performance.now() - started);
  await page.goto(url);
  await new HomePage(page).takeNumberButton().waitFor({ state: 'visible' });
  toInteractive.push(performance.now() - started);
  await page.close();
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}
await browser.close();
const [first = Number.NaN] = toInteractive;
console.log(
  `first start (new data dir): kiosk URL ${toUrl[0]?.toFixed(0)} ms, home interactive ${first.toFixed(0)} ms`,
);
console.log(summarize('npm start -> kiosk URL printed (restarts)', toUrl.slice(1)));
console.log(
  summarize('npm start -> home screen interactive (restarts)', toInteractive.slice(1), '≤ 2000 ms'),
);
