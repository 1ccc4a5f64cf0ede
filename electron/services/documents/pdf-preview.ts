// The on-screen preview of an A4 document: its pages as small PNGs from poppler's pdftoppm (a
// Debian package, poppler-utils), bounded in time. The renderer shows images, never the PDF.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PreviewOptions {
  /** Pixels per inch: 50 makes an A4 page about 413 × 585 px, enough for a touchscreen preview. */
  resolution?: number;
  /** The whole conversion, default 15 s. */
  timeoutMs?: number;
  /** At most this many pages are rendered, default 20. */
  maxPages?: number;
}

/** pdftoppm is not installed, or failed: the preview cannot be made (the PDF can still print). */
export class PreviewError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PreviewError';
  }
}

export async function previewPages(pdf: Buffer, options: PreviewOptions = {}): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kiosk-preview-'));
  try {
    const input = path.join(dir, 'document.pdf');
    await writeFile(input, pdf);
    const args = ['-png', '-r', String(options.resolution ?? 50), '-l', String(options.maxPages ?? 20)];
    try {
      await run('pdftoppm', [...args, input, path.join(dir, 'page')], {
        timeout: options.timeoutMs ?? 15_000,
        killSignal: 'SIGKILL',
      });
    } catch (error) {
      throw explain(error);
    }
    // page-1.png … or page-01.png …: pdftoppm pads to the page count's width, so names sort.
    const pages = (await readdir(dir)).filter((name) => /^page-\d+\.png$/.test(name)).sort();
    if (pages.length === 0) throw new PreviewError('pdftoppm made no page image');
    const images = await Promise.all(pages.map((name) => readFile(path.join(dir, name))));
    return images.map((png) => `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function explain(error: unknown): PreviewError {
  const failure = error as NodeJS.ErrnoException & { killed?: boolean; stderr?: string };
  if (failure.code === 'ENOENT') {
    return new PreviewError('pdftoppm is not installed: install the Debian package poppler-utils', {
      cause: error,
    });
  }
  if (failure.killed) return new PreviewError('pdftoppm took too long and was stopped', { cause: error });
  return new PreviewError(`pdftoppm failed: ${String(failure.stderr ?? failure.message).trim()}`, {
    cause: error,
  });
}
