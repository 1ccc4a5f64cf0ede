// The CUPS command-line clients as the A4 printer needs them: lp to submit, lpstat to follow the
// job and read the queue, cancel to withdraw a job nobody will wait for. Every call is bounded in
// time and run with LC_ALL=C, because we read their (otherwise translated) output.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ENV = { ...process.env, LC_ALL: 'C', LANG: 'C' };

export interface CommandFailure {
  /** ENOENT when the command is not installed, else the exit code or signal. */
  code: string;
  message: string;
}

type Result<T> = { ok: true; value: T } | { ok: false; failure: CommandFailure };

async function command(file: string, args: string[], timeoutMs: number): Promise<Result<string>> {
  try {
    const { stdout } = await run(file, args, { env: ENV, timeout: timeoutMs, killSignal: 'SIGKILL' });
    return { ok: true, value: stdout };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string; killed?: boolean };
    const code = e.killed ? 'TIMEOUT' : String(e.code ?? 'ERROR');
    return { ok: false, failure: { code, message: `${file}: ${String(e.stderr || e.message).trim()}` } };
  }
}

/** "request id is kiosk-a4-12 (1 file(s))" → kiosk-a4-12. */
export function parseRequestId(stdout: string): string | null {
  return /request id is (\S+)/.exec(stdout)?.[1] ?? null;
}

export async function submit(
  queue: string,
  file: string,
  title: string,
  timeoutMs: number,
): Promise<Result<string>> {
  const result = await command('lp', ['-d', queue, '-t', title, '--', file], timeoutMs);
  if (!result.ok) return result;
  const jobId = parseRequestId(result.value);
  return jobId
    ? { ok: true, value: jobId }
    : { ok: false, failure: { code: 'NO_JOB_ID', message: `lp said: ${result.value.trim()}` } };
}

/** Job ids of `lpstat -o` lines ("kiosk-a4-12  root  1024  Thu …"). */
export function parseJobIds(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((id) => id !== '');
}

/** Jobs of the queue not completed yet (pending, held, processing, stopped). */
export async function unfinishedJobs(queue: string, timeoutMs: number): Promise<Result<string[]>> {
  const result = await command('lpstat', ['-W', 'not-completed', '-o', queue], timeoutMs);
  return result.ok ? { ok: true, value: parseJobIds(result.value) } : result;
}

export type QueueCondition = 'idle' | 'printing' | 'stopped';

/** "printer kiosk-a4 is idle.", "printer kiosk-a4 now printing kiosk-a4-3.", "printer kiosk-a4 disabled since …". */
export function parseQueueCondition(stdout: string): QueueCondition | null {
  const line = stdout.split('\n').find((l) => l.startsWith('printer '));
  if (!line) return null;
  if (/^printer \S+ disabled/.test(line)) return 'stopped';
  if (/^printer \S+ now printing/.test(line)) return 'printing';
  if (/^printer \S+ is idle/.test(line)) return 'idle';
  return null;
}

export async function queueCondition(
  queue: string,
  timeoutMs: number,
): Promise<Result<QueueCondition | null>> {
  const result = await command('lpstat', ['-p', queue], timeoutMs);
  return result.ok ? { ok: true, value: parseQueueCondition(result.value) } : result;
}

export async function cancel(jobId: string, timeoutMs: number): Promise<void> {
  await command('cancel', [jobId], timeoutMs);
}
