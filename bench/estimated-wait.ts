// How honest is the estimated wait? A simulated hall day in fast time through the real reference
// server (real HTTP, real SQLite, injected clock): residents arrive by a seeded random process with
// a morning peak, 2-4 counters serve them with service times drawn around each service's mean, and
// for every ticket we keep the wait it was told at issue and the wait it really had until called.
// Prints the median and p90 absolute error in minutes, beside the old constant estimate
// (people ahead x catalog average). Usage: npm run bench:estimated-wait [-- --seed N] [-- --days N]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCentralServer } from '../central-api/server';
import { percentile } from './lib';

const { values } = parseArgs({
  options: { seed: { type: 'string', default: '42' }, days: { type: 'string', default: '1' } },
});
const TOKEN = 'bench-estimated-wait';

/** mulberry32: a small seeded generator, so a run can be repeated exactly. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SimService {
  id: string;
  meanMinutes: number;
  /** Share of arrivals. */
  share: number;
}
// Catalog averages are 15, 10 and 5 minutes; the hall's real times differ a little from them.
const SERVICES: SimService[] = [
  { id: 'social-insurance', meanMinutes: 13, share: 0.35 },
  { id: 'residence-permit', meanMinutes: 11, share: 0.4 },
  { id: 'general-consultation', meanMinutes: 6, share: 0.25 },
];
/** The service of an arrival, by its share of arrivals (`u` uniform in [0, 1)). */
function pickService(u: number): SimService | undefined {
  let cumulative = 0;
  for (const s of SERVICES) {
    cumulative += s.share;
    if (u < cumulative) return s;
  }
  return SERVICES.at(-1);
}

interface SimCounter {
  id: string;
  serviceIds: string[];
  /** Local minutes of the day the counter staffs (a 4th counter helps in the morning peak). */
  from: number;
  to: number;
}
const COUNTERS: SimCounter[] = [
  // Counters serve everyone holding a ticket, past closing time if need be.
  { id: 'c1', serviceIds: ['social-insurance'], from: 8.5 * 60, to: 20 * 60 },
  { id: 'c2', serviceIds: ['residence-permit', 'social-insurance'], from: 8.5 * 60, to: 20 * 60 },
  { id: 'c3', serviceIds: ['residence-permit', 'general-consultation'], from: 8.5 * 60, to: 20 * 60 },
  { id: 'c4', serviceIds: ['general-consultation', 'residence-permit'], from: 9 * 60, to: 11.5 * 60 },
];
/** Opening hours of the fixtures: 08:30-11:30 and 13:30-17:00. */
const OPEN = [
  [8.5 * 60, 11.5 * 60],
  [13.5 * 60, 17 * 60],
] as const;
const isOpen = (minute: number) => OPEN.some(([a, b]) => minute >= a && minute < b);
/** Arrivals per minute: a morning peak around 09:30, a smaller one after lunch. */
const arrivalRate = (minute: number) =>
  isOpen(minute)
    ? 0.25 +
      0.6 * Math.exp(-(((minute - 9.5 * 60) / 45) ** 2)) +
      0.25 * Math.exp(-(((minute - 14 * 60) / 40) ** 2))
    : 0;

interface Told {
  serviceId: string;
  issuedMinute: number;
  predicted: number;
  constant: number;
}

async function simulateDay(seed: number, dayIndex: number) {
  const random = rng(seed + dayIndex * 7919);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  // A Tuesday; minute m of the day is 00:00 Shanghai (16:00 UTC the day before) + m.
  const midnight = Date.parse('2025-03-03T16:00:00.000Z') + dayIndex * 7 * 86_400_000;
  let minute = 8 * 60;
  const now = () => new Date(midnight + minute * 60_000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-wait-'));
  const server = await createCentralServer({
    dbPath: join(dir, 'central.sqlite'),
    fixturesDir: join(import.meta.dirname, '../fixtures'),
    kioskTokens: [TOKEN],
    now,
  });
  const url = await server.listen(0);
  const call = async (method: string, path: string, body: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
  };

  const catalog: Record<string, number> = {
    'social-insurance': 15,
    'residence-permit': 10,
    'general-consultation': 5,
  };
  const told = new Map<string, Told>();
  const errors: number[] = [];
  const constantErrors: number[] = [];
  const signed: number[] = [];
  const busyUntil = new Map<string, number>(COUNTERS.map((c) => [c.id, 0]));
  let issued = 0;

  // One-minute steps of arrivals; within a step, counters act at their own free times.
  for (minute = 8 * 60; minute < 20 * 60; minute += 1) {
    const stepEnd = minute + 1;
    // Arrivals in this minute (Bernoulli thinning of the rate at 1/10 minute resolution).
    const arrivals: number[] = [];
    for (let k = 0; k < 10; k++) if (random() < arrivalRate(minute) / 10) arrivals.push(minute + k / 10);
    // Events in time order: arrivals and counters becoming free.
    for (;;) {
      const nextArrival = arrivals[0] ?? Number.POSITIVE_INFINITY;
      const free = COUNTERS.filter((c) => {
        const at = Math.max(busyUntil.get(c.id) ?? 0, c.from);
        return at < stepEnd && at < c.to;
      }).sort((a, b) => (busyUntil.get(a.id) ?? 0) - (busyUntil.get(b.id) ?? 0));
      const counter = free[0];
      const counterAt = counter
        ? Math.max(busyUntil.get(counter.id) ?? 0, counter.from)
        : Number.POSITIVE_INFINITY;
      if (nextArrival === Number.POSITIVE_INFINITY && counterAt === Number.POSITIVE_INFINITY) break;
      if (nextArrival <= counterAt) {
        arrivals.shift();
        const saved = minute;
        minute = nextArrival;
        const pick = random();
        const service = pickService(pick);
        if (!service) throw new Error('no service');
        const res = await call('POST', '/v1/tickets', {
          clientTicketId: randomUUID(),
          serviceId: service.id,
          kioskId: 'kiosk-1',
          priority: random() < 0.1,
        });
        if (res.status === 201) {
          const t = res.body as { id: string; peopleAhead: number; estimatedWaitMinutes: number };
          told.set(t.id, {
            serviceId: service.id,
            issuedMinute: minute,
            predicted: t.estimatedWaitMinutes,
            constant: t.peopleAhead * (catalog[service.id] ?? 10),
          });
          issued++;
        }
        minute = saved;
      } else if (counter) {
        const saved = minute;
        minute = counterAt;
        const res = await call('POST', `/v1/counters/${counter.id}/call-next`, {
          serviceIds: counter.serviceIds,
        });
        if (res.status === 200) {
          const t = res.body as { id: string; serviceId: string };
          const record = told.get(t.id);
          if (record) {
            const actual = minute - record.issuedMinute;
            errors.push(Math.abs(record.predicted - actual));
            constantErrors.push(Math.abs(record.constant - actual));
            signed.push(record.predicted - actual);
          }
          const mean = SERVICES.find((s) => s.id === t.serviceId)?.meanMinutes ?? 10;
          // Service times around the mean: a log-normal spread, never under a minute.
          const duration = Math.max(1, mean * Math.exp(0.35 * normal() - 0.06));
          busyUntil.set(counter.id, minute + duration);
        } else {
          // Nobody waits for it: look again next minute.
          busyUntil.set(counter.id, Math.floor(minute) + 1);
        }
        minute = saved;
      }
    }
  }
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  return { issued, errors, constantErrors, signed };
}

const seed = Number(values.seed);
const days = Number(values.days);
const all = { issued: 0, errors: [] as number[], constantErrors: [] as number[], signed: [] as number[] };
const started = performance.now();
for (let d = 0; d < days; d++) {
  const day = await simulateDay(seed, d);
  all.issued += day.issued;
  all.errors.push(...day.errors);
  all.constantErrors.push(...day.constantErrors);
  all.signed.push(...day.signed);
}
const fmt = (n: number) => n.toFixed(1);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(
  `estimated wait on ${days} simulated hall day(s), seed ${seed}: ${all.issued} tickets issued, ${all.errors.length} called`,
);
console.log(
  `  honest estimate (recent service times, open counters): median abs error ${fmt(percentile(all.errors, 50))} min, p90 ${fmt(percentile(all.errors, 90))} min, mean bias ${fmt(mean(all.signed))} min`,
);
console.log(
  `  constant estimate (people ahead x catalog average):    median abs error ${fmt(percentile(all.constantErrors, 50))} min, p90 ${fmt(percentile(all.constantErrors, 90))} min`,
);
console.log(`  (${Math.round(performance.now() - started)} ms)`);
