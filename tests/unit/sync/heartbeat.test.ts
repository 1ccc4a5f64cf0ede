// Staff learn from the central API when the kiosk's printer needs a hand: the heartbeat carries
// the printer's health (polled by the printer monitor), the outbox depth and the app version.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KioskStack, startKioskStack } from '../../support/kiosk-stack';

let stack: KioskStack;
beforeAll(async () => {
  stack = await startKioskStack({ host: false });
});
afterAll(async () => {
  await stack?.close();
});

function lastHeartbeat() {
  const db = new Database(path.join(stack.dataDir, 'data', 'central.db'), { readonly: true });
  try {
    return db
      .prepare(
        'SELECT printer_status AS printer, outbox_depth AS outboxDepth, app_version AS appVersion FROM kiosks WHERE kiosk_id = ?',
      )
      .get('test-kiosk-1') as { printer: string; outboxDepth: number; appVersion: string } | undefined;
  } finally {
    db.close();
  }
}

describe('heartbeat', () => {
  it('reports a printer out of paper, then back to normal', async () => {
    const printer = stack.runtime.virtualPrinter;
    if (!printer) throw new Error('the test stack has a virtual printer');

    await printer.setBehaviour({ paper: 'out' });
    await expect
      .poll(
        async () => {
          await stack.runtime.sync.heartbeatNow();
          return lastHeartbeat()?.printer;
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe('paper-out');
    expect(lastHeartbeat()).toMatchObject({ outboxDepth: 0, appVersion: expect.any(String) });

    await printer.setBehaviour({ paper: 'ok' });
    await expect
      .poll(
        async () => {
          await stack.runtime.sync.heartbeatNow();
          return lastHeartbeat()?.printer;
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe('ok');
  });
});
