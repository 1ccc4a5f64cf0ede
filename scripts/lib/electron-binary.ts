// Whether the Electron binary is installed: the npm package installs without it on machines
// that cannot download it, and then `require('electron')` throws.
import { createRequire } from 'node:module';

export function electronBinaryPath(): { path: string } | { missing: string } {
  try {
    const found = createRequire(import.meta.url)('electron') as unknown;
    if (typeof found === 'string') return { path: found };
    return { missing: 'the electron package did not return a binary path' };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { missing: reason ?? 'electron cannot be loaded' };
  }
}
