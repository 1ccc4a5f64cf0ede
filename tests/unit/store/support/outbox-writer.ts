// Child process for the crash test: writes outbox items (each with its ticket, in one
// transaction) as fast as it can and acknowledges each one on stdout only after its commit.
// The parent kills it with SIGKILL mid-stream. Usage: outbox-writer.ts DB_PATH FIRST_INDEX
import { writeSync } from 'node:fs';
import { openStore } from '../../../../electron/services/store';

const [dbPath, firstArg] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: outbox-writer.ts DB_PATH FIRST_INDEX');
const first = Number(firstArg ?? 0);
const store = openStore(dbPath);
const filler = '办理'.repeat(200); // bigger rows span pages, so a kill more often lands mid-write

writeSync(1, 'ready\n');
// Bounded: the parent kills us long before this ends.
for (let i = first; i < first + 100_000; i++) {
  const clientId = `w-${i}`;
  store.transaction(() => {
    store.outbox.enqueue({ clientId, kind: 'ticket', payload: { i, filler } });
    store.tickets.record({
      clientId,
      serviceId: 'household',
      number: 'A001',
      issuedAt: new Date(),
      source: 'offline',
    });
  });
  writeSync(1, `${i}\n`); // synchronous: the ack is in the pipe before the next write starts
}
store.close();
