// The kiosk's configuration file, as a zod schema. Read by electron/services/config/load-config.ts,
// documented for site engineers in kiosk-config/example.yaml. Messages say what is *expected*; the
// loader adds the file, the key path and what was found.
import { z } from 'zod';
import { LOCALES, Locale } from '../electron/api';
import { PIN_HASH_PATTERN } from '../electron/services/config/pin-hash';
import { suggestKey } from './suggest-key';

/** A strict object whose unknown keys are errors with a "did you mean" hint. */
function strictObject<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const hint = suggestKey(key, known);
          return hint ? `unknown key "${key}", did you mean "${hint}"?` : `unknown key "${key}"`;
        })
        .join('; ');
    },
  });
}

const isHttpUrl = (value: string) => {
  if (!URL.canParse(value)) return false;
  const { protocol, host } = new URL(value);
  return (protocol === 'http:' || protocol === 'https:') && host !== '';
};

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

const PRINTER_URI = /^(virtual|tcp:\/\/[A-Za-z0-9.-]+:\d{1,5}|file:\/\/\/\S+)$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const Credential = strictObject({
  file: z.string().min(1, 'expected a file path').optional(),
  env: z.string().regex(ENV_NAME, 'expected an environment variable name (letters, digits, _)').optional(),
})
  .refine((c) => (c.file === undefined) !== (c.env === undefined), {
    error: 'expected exactly one of { file: PATH } or { env: VAR_NAME }',
  })
  .transform((c): { file: string } | { env: string } =>
    c.file !== undefined ? { file: c.file } : { env: c.env ?? '' },
  );

const CentralApi = strictObject({
  url: z.string().refine((v) => v === 'embedded' || isHttpUrl(v), {
    error: 'expected "embedded" or an http(s) URL such as https://hall.example.gov.cn/api',
  }),
  credential: Credential.optional(),
  timeoutMs: z.number().int().min(100).max(60_000).default(2000),
  /** Taking a ticket waits this long at most before issuing offline (DESIGN.md, outages). */
  ticketTimeoutMs: z.number().int().min(100).max(10_000).default(700),
  /** Where residents' phones reach the public queue page (QR on the ticket). Default: url. */
  publicUrl: z
    .string()
    .refine(isHttpUrl, { error: 'expected an http(s) URL such as https://hall.example.gov.cn' })
    .optional(),
  breaker: strictObject({
    /** Consecutive failed calls (unreachable, timeout, 5xx, malformed) that open the breaker. */
    failuresToOpen: z.number().int().min(1).max(100).default(2),
    /** How long the breaker stays open before a background call probes the central API again. */
    halfOpenAfterMs: z.number().int().min(100).max(600_000).default(3000),
  }).default({ failuresToOpen: 2, halfOpenAfterMs: 3000 }),
  /**
   * Only with url "embedded": 'fixtures' follows the fixture opening hours; 'always' takes tickets
   * at any hour, so a demo works at night.
   */
  embeddedOpeningHours: z.enum(['fixtures', 'always']).default('fixtures'),
}).superRefine((api, ctx) => {
  // The embedded reference server makes its own credential; a real central system needs one.
  if (api.url !== 'embedded' && api.credential === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['credential'],
      message: 'expected { file: PATH } or { env: VAR_NAME } when url is not "embedded"',
    });
  }
});

const TicketPrinter = strictObject({
  uri: z.string().regex(PRINTER_URI, 'expected tcp://host:port, file:///dev/... or "virtual"'),
  paperWidthMm: z.union([z.literal(80), z.literal(58)], { error: 'expected 80 or 58' }).default(80),
  statusTimeoutMs: z.number().int().min(50).max(10_000).default(800),
});

const A4Printer = strictObject({
  queue: z.string().min(1, 'expected a CUPS queue name or null').nullable().default(null),
});

const Locales = strictObject({
  default: Locale.default('zh-CN'),
  enabled: z
    .array(Locale)
    .min(1)
    .default([...LOCALES]),
}).refine((l) => l.enabled.includes(l.default), {
  error: 'expected the default locale to be one of the enabled locales',
  path: ['default'],
});

const seconds = (fallback: number, min = 5) => z.number().int().min(min).max(3600).default(fallback);

/** Idle time before the "are you still there?" warning, per kind of screen (WCAG 2.2.1). */
const IdleTimeouts = strictObject({
  menu: seconds(45),
  notice: seconds(120),
  personal: seconds(30),
  result: seconds(30),
  warning: seconds(20, 20),
});

const StaffAccount = strictObject({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/, 'expected lower-case letters, digits and dashes'),
  name: z.string().min(1),
  pinHash: z
    .string({ error: 'expected a scrypt hash; run `npm run kiosk:hash-pin` and paste its output' })
    .refine((v) => PIN_HASH_PATTERN.test(v), {
      error: (issue) =>
        /^\d{3,12}$/.test(String(issue.input))
          ? 'a plain PIN is not allowed; run `npm run kiosk:hash-pin` and paste its output'
          : 'expected scrypt$N$r$p$salt$hash; run `npm run kiosk:hash-pin` to make one',
    }),
});

export const KioskConfigSchema = strictObject({
  kioskId: z
    .string()
    .regex(/^[a-z0-9-]{3,40}$/, 'expected 3-40 lower-case letters, digits and dashes, e.g. "hall-3-kiosk-1"'),
  hallName: strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  layout: z.enum(['floor-standing', 'counter']),
  centralApi: CentralApi,
  printers: strictObject({
    ticket: TicketPrinter,
    a4: A4Printer.default({ queue: null }),
  }),
  locales: Locales.default({ default: 'zh-CN', enabled: [...LOCALES] }),
  idleTimeoutsSeconds: IdleTimeouts.default({ menu: 45, notice: 120, personal: 30, result: 30, warning: 20 }),
  staff: strictObject({
    accounts: z.array(StaffAccount).refine((a) => new Set(a.map((x) => x.id)).size === a.length, {
      error: 'expected each staff account id to be unique',
    }),
    /** Wrong PINs in a row on this kiosk (any accounts) that lock staff sign-in. */
    maxFailedPins: z.number().int().min(1).max(20).default(5),
    /** How long sign-in stays locked after maxFailedPins wrong PINs. */
    lockoutMinutes: z.number().int().min(1).max(1440).default(15),
    /** A staff session ends after this many seconds without a staff action. */
    sessionIdleSeconds: z.number().int().min(30).max(3600).default(120),
  }),
  /** Where SQLite and logs live. Omitted: `var/` of the project that holds the config file. */
  dataDir: z.string().min(1).optional(),
  host: strictObject({
    port: z.number().int().min(0).max(65_535).default(0),
  }).default({ port: 0 }),
  /** The hall's time zone: ticket numbers and leased blocks belong to its calendar day. */
  timeZone: z
    .string()
    .refine(isTimeZone, { error: 'expected an IANA time zone such as "Asia/Shanghai"' })
    .default('Asia/Shanghai'),
  queue: strictObject({
    /** Numbers leased per service per day for issuing while the central API is away. */
    offlineBlockSize: z.number().int().min(1).max(200).default(30),
    /** Lease another block when fewer numbers than this are left. */
    renewBelow: z.number().int().min(0).max(200).default(10),
  }).default({ offlineBlockSize: 30, renewBelow: 10 }),
  sync: strictObject({
    /** How often the kiosk refreshes the queue, hands over offline tickets and renews blocks. */
    intervalMs: z.number().int().min(200).max(600_000).default(5000),
    /** How often the kiosk reports its health (printer, outbox) to the central API. */
    heartbeatIntervalMs: z.number().int().min(1000).max(3_600_000).default(30_000),
  }).default({ intervalMs: 5000, heartbeatIntervalMs: 30_000 }),
});

/** The zod schema of a kiosk config file (same name as the type, as in electron/api.ts). */
export const KioskConfig = KioskConfigSchema;

/**
 * A loaded config: defaults applied, `dataDir` and `centralApi.credential.file` made absolute.
 * The credential itself is never in here (loadKioskConfig returns it separately).
 */
export type KioskConfig = z.output<typeof KioskConfigSchema> & { dataDir: string };
export type KioskConfigInput = z.input<typeof KioskConfigSchema>;
