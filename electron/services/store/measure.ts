// Every query runs through `measure`, so a slow disk or a missing index shows up in the log
// with the query's name and time (as Signal-Desktop does).
import { performance } from 'node:perf_hooks';

/** The part of a pino logger the store uses. */
export interface StoreLogger {
  warn(obj: object, msg: string): void;
}

export type Measure = <T>(query: string, run: () => T) => T;

export function createMeasure(logger: StoreLogger | undefined, slowQueryMs: number): Measure {
  return (query, run) => {
    const started = performance.now();
    try {
      return run();
    } finally {
      const ms = performance.now() - started;
      if (logger && ms > slowQueryMs) logger.warn({ query, ms: Math.round(ms * 10) / 10 }, 'slow query');
    }
  };
}

/** One time format everywhere in the database: ISO-8601 UTC with milliseconds (text order = time order). */
export function toStoredTime(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a valid time: ${String(at)}`);
  return date.toISOString();
}
