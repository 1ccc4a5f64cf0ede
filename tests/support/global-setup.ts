// Once per test run: the e2e, contract and Electron suites serve dist/renderer, so build it
// when it is missing or older than its sources (the same check `npm start` makes).
import { PROJECT_ROOT } from '../../electron/boot';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build';

export default async function setup(): Promise<void> {
  if (await ensureRendererBuilt(PROJECT_ROOT)) console.log('global setup: built dist/renderer');
}
