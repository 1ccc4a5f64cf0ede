// A task run every `intervalMs` (never two runs at once), and stopped cleanly: stop() waits for
// the run in flight, so the store is never closed under a running task.
export interface Periodic {
  /** Runs the task now (or waits for the run in flight) and resets the timer. */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

export function startPeriodic(
  intervalMs: () => number,
  task: () => Promise<void>,
  onError: (error: unknown) => void,
): Periodic {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => void runNow(), intervalMs());
    timer.unref?.();
  }

  function runNow(): Promise<void> {
    if (running) return running;
    if (timer) clearTimeout(timer);
    timer = null;
    running = task()
      .catch(onError)
      .finally(() => {
        running = null;
        schedule();
      });
    return running;
  }

  schedule();
  return {
    runNow: () => (stopped ? Promise.resolve() : runNow()),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
