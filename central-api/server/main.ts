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
  --priority-every N       one priority ticket after every N normal ones when both wait (default 2)
  --appointment-early M   appointments may check in M minutes early (default 30)
  --appointment-late M    ... and M minutes late (default 15)
  --time-zone TZ  the hall's time zone (default Asia/Shanghai)
  --clock ISO     start the server's clock at this instant and let it run on (demos and tests out of hours)
  --log           log every request (pino)
  --help          this text`;

function main(): Promise<void> | void {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      db: { type: 'string', default: 'var/central-api.sqlite' },
      token: { type: 'string', multiple: true },
      fixtures: { type: 'string', default: 'fixtures' },
      'priority-every': { type: 'string' },
      'appointment-early': { type: 'string' },
      'appointment-late': { type: 'string' },
      'time-zone': { type: 'string' },
      clock: { type: 'string' },
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
  const whole = (flag: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${flag}: not a whole number: ${v}`);
    return n;
  };
  const queueRules = Object.fromEntries(
    Object.entries({
      priorityEvery: whole('priority-every', values['priority-every']),
      appointmentEarlyMinutes: whole('appointment-early', values['appointment-early']),
      appointmentLateMinutes: whole('appointment-late', values['appointment-late']),
    }).filter(([, v]) => v !== undefined),
  );
  let now: (() => Date) | undefined;
  if (values.clock !== undefined) {
    const start = Date.parse(values.clock);
    if (Number.isNaN(start)) throw new Error(`--clock: not an ISO time: ${values.clock}`);
    const offset = start - Date.now();
    now = () => new Date(Date.now() + offset);
  }
  const dbPath = resolve(values.db);
  mkdirSync(dirname(dbPath), { recursive: true });
  return (async () => {
    const server = await createCentralServer({
      dbPath,
      fixturesDir: resolve(values.fixtures),
      kioskTokens: tokens,
      logger: values.log,
      queueRules,
      ...(now ? { now } : {}),
      ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}),
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
