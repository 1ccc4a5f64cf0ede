// Pinyin → Chinese candidates for the staff on-screen keyboard (the table: pinyin-ime-table.ts).
// The table takes most of a second of CPU to build, and the process that builds it also serves
// the sync pass, printer polls and the session sweep: so it is built in slices of a few
// milliseconds with the event loop free in between, started when staff sign in (they are about
// to edit), never at kiosk start; rebuilt at a later sign-in only if the content has changed.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { buildImeTableSteps, type ImeCandidate, type ImeTable, lookupCandidates } from './pinyin-ime-table';

export type { ImeCandidate, ImeTable } from './pinyin-ime-table';
export { buildImeTableNow, gb2312Level1, lookupCandidates, zhCnTexts } from './pinyin-ime-table';

export interface PinyinIme {
  /**
   * Starts building the table in the background, unless it is built over the corpus as it is now;
   * calls meanwhile share the build. Resolves when ready.
   */
  prepare(): Promise<void>;
  /** Waits for the table (started now if need be, at most `waitMs`), then looks up; [] if not ready. */
  candidates(pinyin: string, limit?: number): Promise<ImeCandidate[]>;
  /** True once the table is built. */
  ready(): boolean;
}

export interface PinyinImeOptions {
  /** Work done before the event loop gets a turn (ms). */
  sliceMs?: number;
  /** How long a request for candidates waits for a table still being built (ms). */
  waitMs?: number;
  /** Told once per slice, for measurements (bench/staff-ime.ts). */
  onSlice?: (ms: number) => void;
  /**
   * Changes whenever the corpus does (the content store's revision): `prepare()` rebuilds then, in
   * the background, while lookups keep the table there is.
   */
  revision?: () => number;
}

const SLICE_MS = 8;
const WAIT_MS = 10_000;

/** Runs the table's steps, giving the event loop a turn (setImmediate) every `sliceMs`. */
export async function buildImeTableSliced(
  corpus: readonly string[],
  sliceMs = SLICE_MS,
  onSlice?: (ms: number) => void,
): Promise<ImeTable> {
  const steps = buildImeTableSteps(corpus);
  for (;;) {
    const started = performance.now();
    let step = steps.next();
    while (!step.done && performance.now() - started < sliceMs) step = steps.next();
    onSlice?.(performance.now() - started);
    if (step.done) return step.value;
    await nextTurn();
  }
}

export function createPinyinIme(corpus: () => string[], opts: PinyinImeOptions = {}): PinyinIme {
  const revision = opts.revision ?? (() => 0);
  let table: ImeTable | null = null;
  let builtAt: number | null = null;
  let building: Promise<ImeTable> | null = null;

  /** Builds the table unless one of the corpus as it is now exists (or is being built). */
  function prepare(): Promise<ImeTable> {
    if (building) return building;
    if (table && builtAt === revision()) return Promise.resolve(table);
    building = (async () => {
      // Read the corpus after a turn of the event loop, so that sign-in answers first.
      await nextTurn();
      const at = revision();
      const built = await buildImeTableSliced(corpus(), opts.sliceMs, opts.onSlice);
      [table, builtAt] = [built, at];
      return built;
    })().finally(() => {
      building = null; // after a failure, a later request tries again
    });
    return building;
  }

  return {
    prepare: () => prepare().then(() => undefined),
    ready: () => table !== null,
    async candidates(input, limit) {
      if (table) return lookupCandidates(table, input, limit);
      if (!/^[a-z]{1,64}$/.test(input)) return [];
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<null>((resolve) => {
        timer = setTimeout(resolve, opts.waitMs ?? WAIT_MS, null);
      });
      try {
        const built = await Promise.race([prepare(), gaveUp]);
        return built ? lookupCandidates(built, input, limit) : [];
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
