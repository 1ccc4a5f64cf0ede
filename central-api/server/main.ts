// CLI of the reference central API: `npm run central-api -- --port 8787 --db var/central.sqlite --token T`.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCentralServer } from './index';

const usage = `Usage: npm run central-api -- [options]

  --port N        TCP port on 127.0.0.1 (default 8787; 0 lets the OS choose)
  --db PATH       SQLite database file (default var/central-api.sqlite; seeded from fixtures on first start)
  --token T       a kiosk bearer token, 8+ characters; repeat for several (default: $CENTRAL_API_TOKEN)
  --fixtures DIR  fixtures folder (default fixtures)
  --log           log every request (pino)
  --help          this text`;

function main(): Promise<void> | void {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      db: { type: 'string', default: 'var/central-api.sqlite' },
      token: { type: 'string', multiple: true },
      fixtures: { type: 'string', default: 'fixtures' },
      log: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port: not a port: ${values.port}`);
  const tokens = values.token ?? (process.env.CENTRAL_API_TOKEN ? [process.env.CENTRAL_API_TOKEN] : []);
  if (tokens.length === 0) throw new Error('give --token T (or set CENTRAL_API_TOKEN); see --help');
  const dbPath = resolve(values.db);
  mkdirSync(dirname(dbPath), { recursive: true });
  return (async () => {
    const server = await createCentralServer({
      dbPath,
      fixturesDir: resolve(values.fixtures),
      kioskTokens: tokens,
      logger: values.log,
    });
    const url = await server.listen(port);
    console.log(`central-api: ${url}`);
    const stop = () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })();
}

try {
  await main();
} catch (error) {
  console.error(`central-api: ${(error as Error).message}`);
  process.exit(1);
}
